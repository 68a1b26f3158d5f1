package org.hotlink.itests.corpus;

import java.nio.file.Path;

/**
 * Chooses how the differential tests run Hotlink: {@code -Dcorpus.runner=in-process} (the default:
 * one warm JVM, each program run in a forked child) or {@code -Dcorpus.runner=command-line} (one
 * {@code bin/hotlink run} process per program, as users run it; slower; with {@code -Dcorpus.lazy=true}
 * it passes {@code --lazy}, since a forked child cannot call back into the JVM to compile).
 */
final class HotlinkRunners {
    private HotlinkRunners() {
    }

    static HotlinkRunner fromSystemProperties(Path workDir) {
        String kind = System.getProperty("corpus.runner", Boolean.getBoolean("corpus.lazy") ? "command-line" : "in-process");
        return switch (kind) {
            case "in-process" -> new InProcessRunner(workDir);
            case "command-line" -> CommandLineRunner.fromSystemProperties(workDir);
            default -> throw new IllegalArgumentException("corpus.runner must be in-process or command-line, not " + kind);
        };
    }

    /** The runner the system properties choose, as the summaries name it. */
    static String describe() {
        String kind = System.getProperty("corpus.runner", Boolean.getBoolean("corpus.lazy") ? "command-line" : "in-process");
        return Boolean.getBoolean("corpus.lazy") ? kind + " --lazy" : kind;
    }
}
