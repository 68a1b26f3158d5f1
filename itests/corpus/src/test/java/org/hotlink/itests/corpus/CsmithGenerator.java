package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the C program of a csmith seed at test time ({@code csmith --seed S OPTIONS}, deterministic),
 * caching it under target/csmith so that reruns reuse it.
 */
final class CsmithGenerator {

    static final String CSMITH = "csmith";
    static final List<String> CLANG_FLAGS = List.of("-I/usr/include/csmith", "-w");

    private final Path dir;
    private final List<String> options;
    private final StageClock clock;

    CsmithGenerator(Path dir, List<String> options, StageClock clock) {
        this.dir = dir.resolve(String.join("_", options).replaceAll("[^A-Za-z0-9_-]", ""));
        this.options = options;
        this.clock = clock;
    }

    /** Returns the corpus program of {@code seed}, generating its C source when not yet cached. */
    CorpusProgram program(long seed) throws IOException {
        Path source = dir.resolve("csmith_" + seed + ".c");
        if (!Files.exists(source)) {
            Files.createDirectories(dir);
            Path partial = dir.resolve("csmith_" + seed + ".c.part");
            List<String> command = new ArrayList<>(List.of(CSMITH, "--seed", Long.toString(seed)));
            command.addAll(options);
            command.addAll(List.of("-o", partial.toString()));
            clock.time("csmith", () -> ProcessExecutor.executeChecked(command, dir, Duration.ofMinutes(1)));
            Files.move(partial, source, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new CorpusProgram("csmith_" + seed, SourceKind.C, source, List.of(), List.of(), CLANG_FLAGS);
    }
}
