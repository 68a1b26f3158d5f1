package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Checks that the reference tools exist; a missing tool fails the run with a clear message, never skips it. */
final class Toolchain {

    private Toolchain() {
    }

    /** Throws {@link IllegalStateException} naming {@code tool} when {@code tool versionFlag} cannot run. */
    static void require(String tool, String versionFlag) {
        try {
            RunResult result = ProcessExecutor.execute(List.of(tool, versionFlag),
                    Path.of(System.getProperty("java.io.tmpdir")), Duration.ofSeconds(30));
            if (result.timedOut() || result.exitCode() != 0) {
                throw new IllegalStateException(tool + " " + versionFlag + " failed (" + result.describeEnd() + "): "
                        + result.stderr());
            }
        } catch (IOException e) {
            throw new IllegalStateException(tool + " not found on PATH: install it with scripts/install-test-tools.sh"
                    + " (the corpus tests never skip for a missing tool)", e);
        }
    }
}
