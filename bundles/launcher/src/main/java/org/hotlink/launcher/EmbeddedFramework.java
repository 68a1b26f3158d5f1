package org.hotlink.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * An Apache Felix framework inside the launcher's JVM with the distribution's bundles installed by
 * reference (read in place, not copied into the storage folder) and started in the given order.
 */
public final class EmbeddedFramework implements AutoCloseable {
    private final Felix felix;

    private EmbeddedFramework(Felix felix) {
        this.felix = felix;
    }

    /**
     * Starts the framework, then installs and starts every bundle; fails naming the first bundle that
     * cannot be installed or started, after stopping the framework again.
     */
    public static EmbeddedFramework start(Map<String, Object> configuration, List<Path> bundleJars, StartupClock clock)
            throws LauncherException {
        Felix felix = new Felix(configuration);
        try {
            felix.start();
        } catch (BundleException e) {
            throw new LauncherException("cannot start the OSGi framework: " + e.getMessage(), e);
        }
        clock.mark("framework_started");
        EmbeddedFramework framework = new EmbeddedFramework(felix);
        try {
            framework.installAndStart(bundleJars, clock);
        } catch (LauncherException e) {
            framework.close();
            throw e;
        }
        return framework;
    }

    private void installAndStart(List<Path> bundleJars, StartupClock clock) throws LauncherException {
        BundleContext context = felix.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundleJars) {
            try {
                installed.add(context.installBundle("reference:" + jar.toUri()));
            } catch (BundleException e) {
                throw new LauncherException("cannot install bundle " + jar.getFileName() + ": " + e.getMessage(), e);
            }
        }
        clock.mark("bundles_installed");
        // One resolver pass for all bundles instead of one per start(); failures surface at start() below.
        felix.adapt(FrameworkWiring.class).resolveBundles(installed);
        clock.mark("bundles_resolved");
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException e) {
                // Felix's message names the missing requirement, which is what the user needs to see.
                throw new LauncherException("cannot start bundle " + bundle.getSymbolicName() + ": " + e.getMessage(), e);
            }
            clock.mark(bundle.getSymbolicName());
        }
    }

    public BundleContext bundleContext() {
        return felix.getBundleContext();
    }

    /** One line per bundle that is not active, for reports when a service does not appear. */
    public List<String> inactiveBundles() {
        List<String> lines = new ArrayList<>();
        for (Bundle bundle : felix.getBundleContext().getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (bundle.getState() != Bundle.ACTIVE && !fragment) {
                lines.add(bundle.getSymbolicName() + " is " + stateName(bundle.getState()));
            }
        }
        return lines;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED (unresolved)";
            case Bundle.RESOLVED -> "RESOLVED (not started)";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    /** Stops the framework and waits briefly; not needed before the process exits. */
    @Override
    public void close() {
        try {
            felix.stop();
            felix.waitForStop(5_000);
        } catch (BundleException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
