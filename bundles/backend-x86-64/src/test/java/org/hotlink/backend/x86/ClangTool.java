package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs clang-19 and native programs for reference results; a missing clang fails the test, never skips it. */
final class ClangTool {
    private ClangTool() {
    }

    record Run(String stdout, int exitCode) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (command.get(0).startsWith("clang") && p.exitValue() != 0) {
            throw new IOException(command + " failed: " + err);
        }
        return new Run(new String(out, StandardCharsets.UTF_8), p.exitValue());
    }

    /** Compiles C source to LLVM IR text at the given optimization level (vectorizers off). */
    static Path emitIr(Path source, String optLevel, Path outDir) throws IOException, InterruptedException {
        String name = source.getFileName().toString().replace(".c", "") + optLevel + ".ll";
        Path ll = outDir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("clang-19", optLevel, "-fno-vectorize", "-fno-slp-vectorize", "-S",
                "-emit-llvm", "-Wno-everything", "-o", ll.toString(), source.toString()));
        run(cmd);
        return ll;
    }

    /** Compiles IR natively and runs it: the reference output. */
    static Run runNatively(Path ll) throws IOException, InterruptedException {
        Path exe = ll.resolveSibling(ll.getFileName().toString() + ".exe");
        run(List.of("clang-19", "-Wno-everything", "-o", exe.toString(), ll.toString(), "-lm"));
        Run r = run(List.of(exe.toString()));
        assertEquals(false, r.stdout().isEmpty() && r.exitCode() != 0 && r.exitCode() > 128,
                "the native reference run of " + ll + " should not crash");
        return r;
    }
}
