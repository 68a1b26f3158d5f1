package org.hotlink.verifier.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * External tools the tests run: clang-19 and csmith to produce IR, and LLVM's
 * {@code opt-19 -passes=verify} (LLVM's parser, which rejects many type errors itself, then
 * LLVM's verifier) as the reference for what is valid IR. A missing tool is a test failure,
 * never a skip.
 */
final class LlvmTools {
    private LlvmTools() {
    }

    /** The result of one tool run: exit status and combined output. */
    record Run(int exitStatus, String output) {
        boolean succeeded() {
            return exitStatus == 0;
        }
    }

    /** True when LLVM's parser or LLVM's verifier rejects {@code irText}. */
    static boolean llvmRejects(String irText) throws IOException, InterruptedException {
        Path file = Files.createTempFile("hotlink-verifier-", ".ll");
        try {
            Files.writeString(file, irText, StandardCharsets.UTF_8);
            return !verify(file).succeeded();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** {@code opt-19 -passes=verify -disable-output FILE} (which parses with LLVM's parser first). */
    static Run verify(Path file) throws IOException, InterruptedException {
        return run(List.of("opt-19", "-passes=verify", "-disable-output", file.toString()));
    }

    /** {@code clang-19 OPTIONS -S -emit-llvm -o OUT SOURCE}. */
    static Run compileToIr(Path source, Path out, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("clang-19", "-S", "-emit-llvm", "-o", out.toString()));
        command.addAll(options);
        command.add(source.toString());
        return run(command);
    }

    /**
     * {@code csmith --seed SEED --output OUT}: a random but reproducible C program. Runs in OUT's
     * folder because csmith also writes a {@code platform.info} file into its working directory.
     */
    static Run generateCsmithProgram(long seed, Path out) throws IOException, InterruptedException {
        return run(List.of("csmith", "--seed", Long.toString(seed), "--output", out.toString()),
                out.toAbsolutePath().getParent());
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, Path.of("").toAbsolutePath());
    }

    private static Run run(List<String> command, Path workingDirectory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
