package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Module;

/** Shared helpers: parse text, expect a diagnostic, run the LLVM reference tools (never skipped when missing). */
final class IrTestSupport {
    static final Path C_SOURCES = Path.of("src/test/c");

    private IrTestSupport() {
    }

    static Module parse(String text) {
        try {
            return new TextIrParser().parse("test.ll", text);
        } catch (IrSyntaxException e) {
            return fail("expected the IR to parse, got:\n" + e.render());
        }
    }

    static IrSyntaxException parseError(String text) {
        return assertThrows(IrSyntaxException.class, () -> new TextIrParser().parse("bad.ll", text),
                "expected an IrSyntaxException for:\n" + text);
    }

    /** Runs a command, failing the test when it cannot start, times out or exits non-zero; returns stdout. */
    static String run(List<String> command) {
        try {
            Path err = Files.createTempFile("hotlink-tool", ".err");
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (p.exitValue() != 0) {
                fail("expected exit 0 from " + command + ", got " + p.exitValue() + ":\n" + stderr);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("cannot run " + command.get(0) + " (install it with scripts/install-test-tools.sh): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted running " + command);
        }
    }

    /** Compiles {@code source} to IR text with {@code compiler} and {@code flags}; returns the .ll file. */
    static Path emitIr(String compiler, Path source, Path outDir, String tag, String... flags) {
        String base = source.getFileName().toString().replace(".c", "");
        Path out = outDir.resolve(base + "." + tag + ".ll");
        List<String> cmd = new ArrayList<>(List.of(compiler, "-S", "-emit-llvm", "-o", out.toString()));
        cmd.addAll(List.of(flags));
        cmd.add(source.toString());
        run(cmd);
        return out;
    }

    static List<Path> cSources() throws IOException {
        try (var files = Files.list(C_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
    }
}
