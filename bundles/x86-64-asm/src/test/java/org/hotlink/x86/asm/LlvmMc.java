package org.hotlink.x86.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code llvm-mc-19} for the tests that check the committed tables against LLVM. A missing tool is a
 * test failure, never a skip: scripts/install-test-tools.sh installs it.
 */
final class LlvmMc {
    static final String TOOL = "llvm-mc-19";

    private LlvmMc() {
    }

    /** Runs llvm-mc-19 with {@code arguments}, feeding {@code input} on stdin; returns stdout. */
    static String run(List<String> arguments, String input) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(TOOL);
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError(TOOL + " is required for this test (install it with "
                    + "scripts/install-test-tools.sh): " + e.getMessage(), e);
        }
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] stderrBytes;
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        stderrBytes = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(TOOL + " did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(TOOL + " failed with status " + process.exitValue() + ": "
                    + new String(stderrBytes, StandardCharsets.UTF_8));
        }
        return stdout;
    }
}
