package org.hotlink.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The environment as the user gave it to {@code bin/hotlink}, in its order: the script saves its own
 * {@code /proc/PID/environ} (NUL-separated entries) in the file named by {@value #FILE_PROPERTY},
 * because the shell re-exports variables in another order before starting the JVM.
 */
final class OriginalEnvironment {
    static final String FILE_PROPERTY = "hotlink.environ.file";

    private OriginalEnvironment() {
    }

    /** The saved entries, deleting the file; null when there is none (the process's own environ is used). */
    static List<String> takeSaved() {
        String name = System.getProperty(FILE_PROPERTY, "");
        if (name.isEmpty()) {
            return null;
        }
        Path file = Path.of(name);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.deleteIfExists(file);
            return parse(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    static List<String> parse(byte[] bytes) {
        List<String> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i > start) {
                    entries.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                }
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            entries.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        return entries;
    }
}
