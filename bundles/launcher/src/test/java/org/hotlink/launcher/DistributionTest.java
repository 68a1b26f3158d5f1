package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the distribution layout: bundle start order, missing build, configuration loading. */
class DistributionTest {
    @TempDir
    Path home;

    @Test
    void bundlesAreStartedInFileNameOrderAndOnlyJarsCount() throws Exception {
        Path bundles = Files.createDirectories(home.resolve("bundles"));
        for (String name : List.of("39-engine.jar", "10-function.jar", "20-jna.jar", "README.txt")) {
            Files.writeString(bundles.resolve(name), "");
        }
        List<String> names = new Distribution(home).bundles().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("10-function.jar", "20-jna.jar", "39-engine.jar"), names);
    }

    @Test
    void missingBundlesFolderSaysHowToBuild() {
        LauncherException e = assertThrows(LauncherException.class, () -> new Distribution(home).bundles());
        assertTrue(e.getMessage().contains("mvn -q -DskipTests install"), e.getMessage());
    }

    @Test
    void configurationSubstitutesHomeAndAddsStorageAndStderrLogger() throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/config.properties"), "a.path=${hotlink.home}/x\nfelix.log.level=1\n");
        Path storage = home.resolve("storage");
        Map<String, Object> config = FrameworkConfiguration.load(new Distribution(home), storage, System.err);
        assertEquals(home + "/x", config.get("a.path"));
        assertEquals(storage.toString(), config.get("org.osgi.framework.storage"));
        assertEquals("onFirstInit", config.get("org.osgi.framework.storage.clean"));
        assertTrue(config.get(FrameworkConfiguration.FELIX_LOGGER) instanceof StderrFrameworkLogger);
    }

    @Test
    void shippedConfigurationExportsEveryApiPackageAtItsVersion() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).resolve("../..");
        java.util.Properties properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(root.resolve("runtime-config/config.properties"))) {
            properties.load(reader);
        }
        String extra = properties.getProperty("org.osgi.framework.system.packages.extra");
        java.util.regex.Pattern declared = java.util.regex.Pattern.compile("@Version\\(\"([0-9.]+)\"\\)");
        for (String pkg : List.of("diagnostic", "codegen", "memory", "linker", "parser", "engine", "ir")) {
            // The bundles import the version the API declares; the system bundle must export that one.
            String info = Files.readString(root.resolve("bundles/api/src/main/java/org/hotlink/" + pkg + "/package-info.java"));
            java.util.regex.Matcher version = declared.matcher(info);
            assertTrue(version.find(), "package-info of org.hotlink." + pkg + " declares a version");
            String export = "org.hotlink." + pkg + ";version=\"" + version.group(1) + "\"";
            assertTrue(extra.contains(export), "exports " + export + ": " + extra);
        }
    }
}
