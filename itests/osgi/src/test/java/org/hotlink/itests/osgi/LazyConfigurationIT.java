package org.hotlink.itests.osgi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Test that Configuration Admin (PID org.hotlink.engine, property hotlink.lazy) makes the engine
 * factory's engines lazy, without restarting anything, and that such an engine compiles a function
 * only when it is first called.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LazyConfigurationIT {
    private static final long SERVICE_TIMEOUT_MS = 10_000;
    private static final String MODULE = "target triple = \"x86_64-pc-linux-gnu\"\n"
            + "define internal i64 @square(i64 %x) {\n  %r = mul i64 %x, %x\n  ret i64 %r\n}\n"
            + "define i64 @unused(i64 %x) {\n  ret i64 %x\n}\n"
            + "define i64 @twice_square(i64 %x) {\n  %s = call i64 @square(i64 %x)\n  %r = add i64 %s, %s\n  ret i64 %r\n}\n";

    @Inject
    private BundleContext context;

    @org.ops4j.pax.exam.Configuration
    public Option[] configuration() {
        List<String> bundles = Stream.concat(Stream.of("org.apache.felix.configadmin.jar"),
                HotlinkProvisioning.ENGINE_BUNDLES.stream()).toList();
        return HotlinkProvisioning.options(bundles);
    }

    @Test
    public void configuringLazyMakesTheFactorysEnginesCompileOnFirstCall() throws Exception {
        EngineFactory factory = await(EngineFactory.class);
        assertTrue("eager unless configured", !factory.configuredOptions().lazy());
        ConfigurationAdmin admin = await(ConfigurationAdmin.class);
        Configuration configuration = admin.getConfiguration(EngineFactory.CONFIGURATION_PID, "?");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EngineFactory.LAZY, "true");
        properties.put(EngineFactory.COMPILE_THREADS, "2");
        configuration.update(properties);
        long deadline = System.currentTimeMillis() + SERVICE_TIMEOUT_MS;
        while (!factory.configuredOptions().lazy() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue("the configuration reached the factory", factory.configuredOptions().lazy());
        assertEquals(2, factory.configuredOptions().compileThreads());
        try (Engine engine = factory.createEngine(factory.configuredOptions())) {
            engine.add("squares", MODULE);
            assertEquals("adding compiles nothing", 0, engine.statistics().functionsCompiled());
            assertEquals(98L, engine.invokeLong("twice_square", 7));
            assertEquals("twice_square and the internal square; not unused", 2, engine.statistics().functionsCompiled());
        } finally {
            configuration.delete();
        }
    }

    private <T> T await(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(SERVICE_TIMEOUT_MS);
        assertNotNull(type.getSimpleName() + " within " + SERVICE_TIMEOUT_MS + " ms; framework: "
                + FrameworkReport.describe(context), service);
        return service;
    }
}
