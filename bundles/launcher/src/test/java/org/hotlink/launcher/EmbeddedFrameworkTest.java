package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.hotlink.engine.EngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the embedded Felix without Hotlink bundles: the wait for the engine service, and bundle failures. */
class EmbeddedFrameworkTest {
    @TempDir
    Path storage;
    /** Apart from the storage, which the framework cleans on start. */
    @TempDir
    Path jars;

    private Map<String, Object> configuration() {
        Map<String, Object> configuration = new HashMap<>();
        configuration.put("org.osgi.framework.storage", storage.toString());
        configuration.put("org.osgi.framework.storage.clean", "onFirstInit");
        configuration.put(FrameworkConfiguration.FELIX_LOGGER, new StderrFrameworkLogger(System.err));
        return configuration;
    }

    @Test
    void missingEngineServiceTimesOutNamingTheServiceAndTheMissingDsRuntime() throws Exception {
        EmbeddedFramework framework = EmbeddedFramework.start(configuration(), List.of(), new StartupClock());
        try {
            LauncherException e = assertThrows(LauncherException.class,
                    () -> EngineServiceWaiter.await(framework, Duration.ofMillis(50)));
            assertTrue(e.getMessage().contains("org.hotlink.engine.EngineFactory"), e.getMessage());
            assertTrue(e.getMessage().contains("no Declarative Services runtime"), e.getMessage());
        } finally {
            framework.close();
        }
    }

    @Test
    void registeredEngineServiceIsReturned() throws Exception {
        EmbeddedFramework framework = EmbeddedFramework.start(configuration(), List.of(), new StartupClock());
        try {
            EngineFactory factory = options -> {
                throw new UnsupportedOperationException("not used");
            };
            framework.bundleContext().registerService(EngineFactory.class, factory, null);
            assertSame(factory, EngineServiceWaiter.await(framework, Duration.ofSeconds(5)));
        } finally {
            framework.close();
        }
    }

    @Test
    void aBundleWithAMissingImportFailsNamingTheBundleAndThePackage() throws Exception {
        Path needy = jars.resolve("needy.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "test.needy");
        manifest.getMainAttributes().putValue("Import-Package", "org.example.absent");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(needy), manifest)) {
            jar.flush();
        }
        LauncherException e = assertThrows(LauncherException.class,
                () -> EmbeddedFramework.start(configuration(), List.of(needy), new StartupClock()));
        assertTrue(e.getMessage().startsWith("cannot start bundle test.needy"), e.getMessage());
        assertTrue(e.getMessage().contains("org.example.absent"), "names the missing package: " + e.getMessage());
    }

    @Test
    void aJarThatIsNoBundleFailsNamingIt() throws Exception {
        Path notABundle = jars.resolve("broken.jar");
        Files.writeString(notABundle, "not a zip");
        LauncherException e = assertThrows(LauncherException.class,
                () -> EmbeddedFramework.start(configuration(), List.of(notABundle), new StartupClock()));
        assertTrue(e.getMessage().contains("broken.jar"), e.getMessage());
    }
}
