package org.hotlink.itests.osgi;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/** Explains a framework that is not as expected: bundles that are not active (with the requirements they miss) and unsatisfied components. */
final class FrameworkReport {
    private FrameworkReport() {
    }

    /** One line per bundle that is not active; for unresolved ones, the framework's reason (the missing requirement). */
    static List<String> inactiveBundles(BundleContext context) {
        List<String> lines = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE || bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            String reason = "state " + bundle.getState();
            try {
                bundle.start();
                reason += ", started on a second attempt";
            } catch (BundleException e) {
                reason += ": " + e.getMessage();
            }
            lines.add(bundle.getSymbolicName() + " " + reason);
        }
        return lines;
    }

    /** One line per component that is neither active nor satisfied, with the references it misses. */
    static List<String> unsatisfiedComponents(BundleContext context) {
        List<String> lines = new ArrayList<>();
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        if (reference == null) {
            lines.add("no ServiceComponentRuntime: SCR is not running");
            return lines;
        }
        ServiceComponentRuntime runtime = context.getService(reference);
        try {
            for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
                for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                    if (configuration.state == ComponentConfigurationDTO.ACTIVE
                            || configuration.state == ComponentConfigurationDTO.SATISFIED) {
                        continue;
                    }
                    List<String> missing = new ArrayList<>();
                    for (UnsatisfiedReferenceDTO unsatisfied : configuration.unsatisfiedReferences) {
                        missing.add(interfaceOf(description, unsatisfied.name));
                    }
                    lines.add(description.name + " (state " + configuration.state + ") misses " + missing
                            + (configuration.failure == null ? "" : ", failure: " + configuration.failure));
                }
            }
        } finally {
            context.ungetService(reference);
        }
        return lines;
    }

    private static String interfaceOf(ComponentDescriptionDTO description, String referenceName) {
        for (var reference : description.references) {
            if (reference.name.equals(referenceName)) {
                return reference.interfaceName;
            }
        }
        return referenceName;
    }

    static String describe(BundleContext context) {
        List<String> lines = new ArrayList<>(inactiveBundles(context));
        lines.addAll(unsatisfiedComponents(context));
        return lines.isEmpty() ? "all bundles active, all components satisfied" : String.join("\n  ", lines);
    }
}
