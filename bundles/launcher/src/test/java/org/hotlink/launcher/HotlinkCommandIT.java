package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests bin/hotlink end to end on the distribution this build assembled: program output and status
 * pass through, and Hotlink's own statuses and messages follow issue 2. Needs the engine bundles.
 */
class HotlinkCommandIT {
    private static final Path ROOT = Path.of(System.getProperty("hotlink.root", "../.."));
    private static final Path SCRIPT = ROOT.resolve("bin/hotlink");
    private static final Pattern STATS = Pattern.compile(
            "^hotlink: stats parse_ms=\\d+\\.\\d{3} compile_ms=\\d+\\.\\d{3} link_ms=\\d+\\.\\d{3} functions_compiled=\\d+ ir_instructions=\\d+ code_bytes=\\d+$");

    @TempDir
    Path tmp;

    private record Result(int status, String stdout, String stderr) {
    }

    private Result hotlink(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("HOTLINK_HOME", System.getProperty("hotlink.home", "target/hotlink"));
        builder.environment().remove("HOTLINK_DEBUG");
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "hotlink finished within 120 s");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helloPrintsItsLineAndExits0() throws Exception {
        Result result = hotlink("run", ROOT.resolve("examples/hello/hello.ll").toString());
        assertEquals(new Result(0, "Hello from Hotlink!\n", ""), result);
    }

    @Test
    void primesGetsItsArgumentAndItsStatusPassesThroughWithStatsOnStderr() throws Exception {
        Result result = hotlink("run", "--stats", ROOT.resolve("examples/primes/primes.ll").toString(), "1000");
        assertEquals("largest primes up to 1000: 997 991 983 977 971\n168 primes up to 1000\n", result.stdout());
        assertEquals(168, result.status(), "main's return value is the exit status");
        assertTrue(STATS.matcher(result.stderr().strip()).matches(), "one stats line on stderr: " + result.stderr());
    }

    @Test
    void syntaxErrorExits2WithCompilerFormDiagnosticAndNothingOnStdout() throws Exception {
        Path broken = tmp.resolve("broken.ll");
        Files.writeString(broken, "define i32 @main() {\n  ret i32 %\n}\n");
        Result result = hotlink("run", broken.toString());
        assertEquals(ExitStatus.BAD_INPUT, result.status(), result.stderr());
        assertTrue(result.stderr().startsWith(broken + ":2:"), "FILE:LINE:COL first: " + result.stderr());
        assertTrue(result.stderr().contains(": error: "), result.stderr());
        assertEquals("", result.stdout());
    }

    @Test
    void missingFileExits66AndUnknownOptionExits64() throws Exception {
        Result missing = hotlink("run", "no-such-file.ll");
        assertEquals(new Result(ExitStatus.NO_INPUT, "",
                "hotlink: cannot read 'no-such-file.ll': No such file or directory\n"), missing);
        Result usage = hotlink("run", "--frobnicate", "x.ll");
        assertEquals(ExitStatus.USAGE, usage.status());
        assertEquals("", usage.stdout());
        assertTrue(usage.stderr().startsWith("hotlink: unknown option '--frobnicate'"), usage.stderr());
    }
}
