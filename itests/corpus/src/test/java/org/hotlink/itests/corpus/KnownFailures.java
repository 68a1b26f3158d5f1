package org.hotlink.itests.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Comparisons known to fail today, each with the reason, read from
 * {@code src/test/resources/known-failures.txt} (lines {@code TEST NAME  # reason}, e.g.
 * {@code json_tokenizer -O2  # llvm.load.relative not supported}). A listed test must still fail:
 * once it passes, it fails with "remove it from known-failures.txt", so the list can only shrink
 * honestly and a fix is never left unrecorded. Every listed failure is a defect to fix, not a waiver.
 */
final class KnownFailures {
    private final Map<String, String> reasons;

    private KnownFailures(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static KnownFailures load() {
        Path file = Path.of(System.getProperty("corpus.basedir", "."), "src/test/resources/known-failures.txt");
        Map<String, String> reasons = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    int hash = trimmed.indexOf('#');
                    String name = (hash < 0 ? trimmed : trimmed.substring(0, hash)).strip();
                    reasons.put(name, hash < 0 ? "no reason given" : trimmed.substring(hash + 1).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownFailures(reasons);
    }

    /** The recorded reason when {@code testName} is a known failure. */
    java.util.Optional<String> reason(String testName) {
        return java.util.Optional.ofNullable(reasons.get(testName));
    }
}
