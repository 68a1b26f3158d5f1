package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * No LLVM at run time: bin/hotlink works with LLVM's tools off PATH, and the process maps no LLVM or clang
 * library (checked from inside, by a compiled program reading /proc/self/maps).
 */
@ExtendWith(RunSummary.class)
class RuntimeIsolationTest {

    private static final List<String> LLVM_TOOLS = List.of("clang-19", "llc-19", "lli-19", "clang", "llc", "lli");
    private static final String VERDICT = "mappings read: yes, libc mapped: yes, LLVM or clang mappings: 0\n";

    @TempDir
    Path work;

    @Test
    void runsWithPathOfOnlyANonexistentDirectoryAndJavaFromJavaHome() {
        Programs.placeC("maps_check", work);
        ProcessOutcome actual = Hotlink.execute(Hotlink.command(work, "run", "maps_check.ll")
                .env("PATH", "/nonexistent").env("JAVA_HOME", System.getProperty("java.home")));
        assertNoLlvm(actual);
    }

    @Test
    void runsWithPathStrippedOfEveryDirectoryHoldingLlvmTools() {
        Programs.placeC("maps_check", work);
        String path = strippedPath();
        ProcessOutcome actual = Hotlink.execute(Hotlink.command(work, "run", "maps_check.ll")
                .env("PATH", path).env("JAVA_HOME", System.getProperty("java.home")));
        assertNoLlvm(actual);
    }

    @Test
    void mapsNoLlvmLibraryWithShellToolsOnlyOnPath() {
        // PATH holds a directory of links to the POSIX tools that a launcher script may use, and nothing else.
        Path tools = shellToolsOnly();
        Programs.placeC("maps_check", work);
        ProcessOutcome actual = Hotlink.execute(Hotlink.command(work, "run", "maps_check.ll")
                .env("PATH", tools.toString()).env("JAVA_HOME", System.getProperty("java.home")));
        assertNoLlvm(actual);
    }

    private static void assertNoLlvm(ProcessOutcome actual) {
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected status 0 (no LLVM or clang mapping)"
                        + actual.describe()),
                () -> assertEquals(VERDICT, actual.stdout(), "expected no LLVM or clang file mapped in the process"
                        + actual.describe()),
                () -> assertEquals("", actual.stderr(), "expected nothing on stderr" + actual.describe()));
    }

    /** The test JVM's PATH without any directory that holds an LLVM tool (directly or through a link). */
    private static String strippedPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        List<String> kept = java.util.Arrays.stream(path.split(":"))
                .filter(dir -> !dir.isEmpty() && LLVM_TOOLS.stream().noneMatch(t -> Files.exists(Path.of(dir, t))))
                .toList();
        return kept.isEmpty() ? "/nonexistent" : String.join(":", kept);
    }

    private Path shellToolsOnly() {
        try {
            Path dir = Files.createDirectories(work.resolve("shell-tools"));
            for (String tool : List.of("sh", "dirname", "basename", "readlink", "mkdir", "id", "sed", "ls", "cksum",
                    "cut", "cat", "rm", "mv", "uname", "env", "tr", "grep", "head", "tail", "date", "expr", "test")) {
                for (String bin : List.of("/usr/bin/", "/bin/")) {
                    Path real = Path.of(bin + tool);
                    if (Files.isExecutable(real)) {
                        Files.createSymbolicLink(dir.resolve(tool), real);
                        break;
                    }
                }
            }
            assertTrue(LLVM_TOOLS.stream().noneMatch(t -> Files.exists(dir.resolve(t))),
                    "expected no LLVM tool among the shell tools");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
