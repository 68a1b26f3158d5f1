package org.hotlink.itests.hotswap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Turns the C files of the test resources ({@code hotswap/c/NAME.c}) into IR text with
 * {@code clang-19 -S -emit-llvm -O0} at test time. -O0 keeps every function a real call (no inlining,
 * no interprocedural constant propagation), which is what tests of redefinition need. A missing
 * clang-19 fails the test with a message saying how to install it; it never skips.
 */
final class ClangIr {
    private static final long CLANG_TIMEOUT_SECONDS = 60;

    private ClangIr() {
    }

    /**
     * IR of {@code hotswap/c/NAME.c}, compiled with the given {@code -D} definitions (such as
     * {@code "HELPER_FACTOR=3"}).
     */
    static String compile(String name, String... defines) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(buildDir().resolve("clang-ir"));
        String variant = name + (defines.length == 0 ? "" : "-" + String.join("-", defines).replaceAll("[^A-Za-z0-9_]", "_"));
        Path source = dir.resolve(name + ".c");
        Files.writeString(source, Ir.resource("hotswap/c/" + name + ".c"), StandardCharsets.UTF_8);
        Path output = dir.resolve(variant + ".ll");
        Path log = dir.resolve(variant + ".clang.log");
        List<String> command = new ArrayList<>(List.of("clang-19", "-S", "-emit-llvm", "-O0"));
        for (String define : defines) {
            command.add("-D" + define);
        }
        command.addAll(List.of("-o", output.toString(), source.toString()));
        Process clang;
        try {
            clang = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("clang-19 not found on PATH: install it with scripts/install-test-tools.sh", e);
        }
        if (!clang.waitFor(CLANG_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            clang.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + CLANG_TIMEOUT_SECONDS + " s");
        }
        if (clang.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with status " + clang.exitValue()
                    + ":\n" + Files.readString(log));
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** target/ of this module (set by the pom), or a directory under java.io.tmpdir outside Maven. */
    static Path buildDir() {
        String dir = System.getProperty("hotswap.builddir");
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("java.io.tmpdir"), "hotlink-itests-hotswap");
    }
}
