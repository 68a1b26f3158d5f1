package org.hotlink.itests.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import javax.inject.Inject;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Test that Felix with SCR, JNA, the API bundle and every Hotlink bundle resolves, registers the engine
 * service, and runs compiled code that calls back into compiled code through libc's qsort.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotlinkBundlesIT {
    private static final long SERVICE_TIMEOUT_MS = 10_000;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return HotlinkProvisioning.options(HotlinkProvisioning.ENGINE_BUNDLES);
    }

    @Test
    public void everyBundleResolvesAndIsActive() {
        List<String> inactive = FrameworkReport.inactiveBundles(context);
        assertTrue("expected every bundle active, but:\n  " + String.join("\n  ", inactive), inactive.isEmpty());
    }

    @Test
    public void engineFactoryServiceIsRegistered() throws Exception {
        assertNotNull(awaitEngineFactory());
    }

    @Test
    public void compiledCodeSortsThroughQsortWithACompiledComparator() throws Exception {
        try (Engine engine = awaitEngineFactory().createEngine(EngineOptions.defaults())) {
            engine.addModule(QsortCallbackProgram.MODULE_NAME, QsortCallbackProgram.MODULE_NAME, QsortCallbackProgram.IR);
            engine.resolveAll();
            long expected = QsortCallbackProgram.expectedChecksum();
            assertEquals("check() sorts through qsort and returns the weighted sum", expected, engine.invokeLong("check"));
            assertEquals("a second call sorts the sorted array to the same result", expected, engine.invokeLong("check"));
        }
    }

    private EngineFactory awaitEngineFactory() throws InterruptedException {
        ServiceTracker<EngineFactory, EngineFactory> tracker = new ServiceTracker<>(context, EngineFactory.class, null);
        tracker.open();
        EngineFactory factory = tracker.waitForService(SERVICE_TIMEOUT_MS);
        assertNotNull("EngineFactory service within " + SERVICE_TIMEOUT_MS + " ms; framework: "
                + FrameworkReport.describe(context), factory);
        return factory;
    }
}
