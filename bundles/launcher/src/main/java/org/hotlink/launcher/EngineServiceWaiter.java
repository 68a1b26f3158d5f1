package org.hotlink.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hotlink.engine.EngineFactory;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for the {@link EngineFactory} service that the engine bundle's component registers. */
public final class EngineServiceWaiter {
    private EngineServiceWaiter() {
    }

    /**
     * @throws LauncherException after the timeout, naming the service, the bundles that are not active and
     *                           the components that miss references
     */
    public static EngineFactory await(EmbeddedFramework framework, Duration timeout) throws LauncherException {
        ServiceTracker<EngineFactory, EngineFactory> tracker =
                new ServiceTracker<>(framework.bundleContext(), EngineFactory.class, null);
        tracker.open();
        try {
            EngineFactory factory = tracker.waitForService(timeout.toMillis());
            if (factory != null) {
                return factory;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The tracker stays open on success: closing it would unget the service the launcher uses.
        tracker.close();
        List<String> problems = new ArrayList<>(framework.inactiveBundles());
        problems.addAll(ComponentDiagnostics.unsatisfiedComponents(framework.bundleContext()));
        String inactive = problems.isEmpty() ? "all bundles are active" : String.join("; ", problems);
        throw new LauncherException("service " + EngineFactory.class.getName() + " did not appear within "
                + timeout.toMillis() / 1000.0 + " s (" + inactive + ")");
    }
}
