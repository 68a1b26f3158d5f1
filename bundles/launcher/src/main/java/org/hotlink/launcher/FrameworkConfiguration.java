package org.hotlink.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.osgi.framework.Constants;

/**
 * Framework properties for one run: {@code conf/config.properties} of the distribution, then the
 * per-run storage folder and a logger that keeps Felix off stdout. {@code ${hotlink.home}} in values
 * is replaced by the distribution folder.
 */
public final class FrameworkConfiguration {
    /** Felix takes a logger object under this key. */
    static final String FELIX_LOGGER = "felix.log.logger";

    private FrameworkConfiguration() {
    }

    public static Map<String, Object> load(Distribution distribution, Path storage, PrintStream err) throws LauncherException {
        Map<String, Object> config = new HashMap<>();
        Path file = distribution.configFile();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new LauncherException("cannot read " + file + ": " + e.getMessage(), e);
            }
            String home = distribution.home().toString();
            for (String key : properties.stringPropertyNames()) {
                config.put(key, properties.getProperty(key).replace("${hotlink.home}", home));
            }
        }
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.putIfAbsent(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(FELIX_LOGGER, new StderrFrameworkLogger(err));
        return config;
    }
}
