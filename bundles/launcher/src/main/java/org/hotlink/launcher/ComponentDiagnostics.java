package org.hotlink.launcher;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Names the Declarative Services components that are not active and the references they miss, for
 * the report when the engine service does not appear. The DS runtime API lives in a bundle, not on
 * the launcher's class path, so its service and DTOs are read reflectively (public methods and fields).
 */
final class ComponentDiagnostics {
    private static final String RUNTIME_SERVICE = "org.osgi.service.component.runtime.ServiceComponentRuntime";
    /** ComponentConfigurationDTO.ACTIVE, SATISFIED. */
    private static final int ACTIVE = 8;
    private static final int SATISFIED = 4;

    private ComponentDiagnostics() {
    }

    /** One line per component that is neither active nor satisfied; empty when none or when SCR is absent. */
    static List<String> unsatisfiedComponents(BundleContext context) {
        List<String> lines = new ArrayList<>();
        ServiceReference<?> reference = context.getServiceReference(RUNTIME_SERVICE);
        if (reference == null) {
            lines.add("no Declarative Services runtime is registered");
            return lines;
        }
        Object runtime = context.getService(reference);
        try {
            Collection<?> descriptions = (Collection<?>) call(runtime, "getComponentDescriptionDTOs",
                    new Class<?>[] {Bundle[].class}, (Object) new Bundle[0]);
            Class<?> descriptionType = runtime.getClass().getClassLoader()
                    .loadClass("org.osgi.service.component.runtime.dto.ComponentDescriptionDTO");
            for (Object description : descriptions) {
                Collection<?> configurations = (Collection<?>) call(runtime, "getComponentConfigurationDTOs",
                        new Class<?>[] {descriptionType}, description);
                String name = (String) field(description, "name");
                if (configurations.isEmpty()) {
                    lines.add("component " + name + " has no configuration");
                }
                for (Object configuration : configurations) {
                    int state = (Integer) field(configuration, "state");
                    if (state != ACTIVE && state != SATISFIED) {
                        lines.add("component " + name + " is unsatisfied, missing " + missingReferences(description, configuration));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            lines.add("cannot inspect components: " + e);
        } finally {
            context.ungetService(reference);
        }
        return lines;
    }

    /** The service interfaces of the unsatisfied references, with their target filters where set. */
    private static String missingReferences(Object description, Object configuration) throws ReflectiveOperationException {
        Object unsatisfied = field(configuration, "unsatisfiedReferences");
        List<String> names = new ArrayList<>();
        for (int i = 0; unsatisfied != null && i < Array.getLength(unsatisfied); i++) {
            Object reference = Array.get(unsatisfied, i);
            String name = (String) field(reference, "name");
            Object target = field(reference, "target");
            names.add(interfaceOf(description, name) + (target == null ? "" : " " + target));
        }
        return names.isEmpty() ? "nothing it reports" : String.join(", ", names);
    }

    private static String interfaceOf(Object description, String referenceName) throws ReflectiveOperationException {
        Object references = field(description, "references");
        for (int i = 0; references != null && i < Array.getLength(references); i++) {
            Object reference = Array.get(references, i);
            if (referenceName.equals(field(reference, "name"))) {
                return (String) field(reference, "interfaceName");
            }
        }
        return referenceName;
    }

    private static Object call(Object target, String method, Class<?>[] types, Object... args) throws ReflectiveOperationException {
        for (Class<?> type : target.getClass().getInterfaces()) {
            if (type.getName().equals(RUNTIME_SERVICE)) {
                return type.getMethod(method, types).invoke(target, args);
            }
        }
        throw new NoSuchMethodException(RUNTIME_SERVICE + "." + method);
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field field = target.getClass().getField(name);
        return field.get(target);
    }
}
