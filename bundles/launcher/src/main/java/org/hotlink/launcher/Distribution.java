package org.hotlink.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built distribution: {@code lib/} (class path), {@code bundles/} (installed and started in file-name
 * order) and {@code conf/config.properties} (framework properties, from {@code runtime-config/}).
 */
public record Distribution(Path home) {
    /** System property that bin/hotlink sets to the distribution folder. */
    public static final String HOME_PROPERTY = "hotlink.home";

    /** From {@value #HOME_PROPERTY}, else the folder above the launcher jar's {@code lib/}. */
    public static Distribution locate() throws LauncherException {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isEmpty()) {
            return new Distribution(Path.of(configured));
        }
        try {
            Path jar = Path.of(HotlinkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = jar.getParent();
            if (lib == null || lib.getParent() == null) {
                throw new LauncherException("cannot locate the distribution from " + jar + "; set -D" + HOME_PROPERTY);
            }
            return new Distribution(lib.getParent());
        } catch (URISyntaxException | SecurityException e) {
            throw new LauncherException("cannot locate the distribution; set -D" + HOME_PROPERTY, e);
        }
    }

    public Path bundlesFolder() {
        return home.resolve("bundles");
    }

    public Path configFile() {
        return home.resolve("conf").resolve("config.properties");
    }

    /** The bundle jars in start order (by file name; the build prefixes names with their order). */
    public List<Path> bundles() throws LauncherException {
        Path folder = bundlesFolder();
        if (!Files.isDirectory(folder)) {
            throw new LauncherException("not built (no " + folder + "); run: mvn -q -DskipTests install");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new LauncherException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
