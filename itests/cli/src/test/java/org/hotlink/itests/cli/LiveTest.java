package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hotlink live DIR}: every {@code *.ll} of DIR is loaded, the entry runs, and saving, adding or
 * deleting a file redefines, adds or removes its module while the program runs, with one stderr line per
 * event ({@code hotlink: live KIND MODULE functions=... latency_ms=N.NNN}). A broken edit prints
 * {@code failed} and its diagnostic while the old code keeps running; the entry's return value is the
 * exit status. Every wait is bounded.
 */
@ExtendWith(RunSummary.class)
class LiveTest {
    /** JVM and Felix start-up on a loaded machine, plus the first compile. */
    private static final Duration START = Duration.ofSeconds(Long.getLong("hotlink.cli.timeout.seconds", 120));
    /** One change, from saving the file to the program's next lines. */
    private static final Duration CHANGE = Duration.ofSeconds(30);

    /** Prints its argv, then value() every 20 ms until value() is 100 or more; returns value() - 100. */
    private static final String MAIN = """
            @stdout = external global ptr
            @args_format = private unnamed_addr constant [19 x i8] c"argv0=%s argv1=%s\\0A\\00"
            @value_format = private unnamed_addr constant [10 x i8] c"value=%d\\0A\\00"

            declare i32 @printf(ptr, ...)
            declare i32 @fflush(ptr)
            declare i32 @usleep(i32)
            declare void @hotlink_quiescent()
            declare i32 @value()

            define i32 @main(i32 %argc, ptr %argv) {
            entry:
              %argv0 = load ptr, ptr %argv
              %argv1_slot = getelementptr inbounds ptr, ptr %argv, i64 1
              %argv1 = load ptr, ptr %argv1_slot
              %a = call i32 (ptr, ...) @printf(ptr @args_format, ptr %argv0, ptr %argv1)
              br label %loop

            loop:
              %v = call i32 @value()
              %p = call i32 (ptr, ...) @printf(ptr @value_format, i32 %v)
              %out = load ptr, ptr @stdout
              %f = call i32 @fflush(ptr %out)
              call void @hotlink_quiescent()
              %big = icmp sge i32 %v, 100
              br i1 %big, label %done, label %wait

            wait:
              %s = call i32 @usleep(i32 20000)
              br label %loop

            done:
              %status = sub i32 %v, 100
              ret i32 %status
            }
            """;

    private static final Pattern EVENT = Pattern.compile(
            "hotlink: live (added|redefined|removed|failed) [A-Za-z0-9_.]+ functions=[A-Za-z0-9_.,]* latency_ms=\\d+\\.\\d{3}");

    @TempDir
    Path work;

    private static String valueModule(int value) {
        return "define i32 @value() {\nentry:\n  ret i32 " + value + "\n}\n";
    }

    /** Saves as editors do that write a temporary file and rename it over the old one. */
    private static void saveByRename(Path file, String text) throws Exception {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Pattern eventLine(String kind, String module, String functions) {
        return Pattern.compile("hotlink: live " + kind + " " + Pattern.quote(module) + " functions="
                + Pattern.quote(functions) + " latency_ms=\\d+\\.\\d{3}");
    }

    /** Also with {@code --lazy}: every version's functions compile on their first call from the running loop. */
    @ParameterizedTest(name = "lazy={0}")
    @ValueSource(booleans = {false, true})
    void editsAddsAndDeletionsChangeTheRunningProgramAndTheEntrysValueIsTheExitStatus(boolean lazy) throws Exception {
        Path dir = Files.createDirectory(work.resolve("prog"));
        Files.writeString(dir.resolve("main.ll"), MAIN);
        Files.writeString(dir.resolve("value.ll"), valueModule(1));
        Files.writeString(dir.resolve("value.ll~"), "an editor's backup: not a module");
        String[] command = lazy ? new String[] {"live", "--lazy", "prog", "first"} : new String[] {"live", "prog", "first"};
        try (LiveProcess live = LiveProcess.start(work, command)) {
            live.awaitStderr(0, eventLine("added", "main", "main").asMatchPredicate(), START, "main added");
            live.awaitStderr(0, eventLine("added", "value", "value").asMatchPredicate(), START, "value added");
            live.awaitStdout(0, "argv0=prog argv1=first"::equals, START, "argv[0] = DIR as typed, then the arguments");
            int seen = live.awaitStdout(0, "value=1"::equals, START, "the first version's output");

            saveByRename(dir.resolve("value.ll"), valueModule(2));
            int events = live.awaitStderr(0, eventLine("redefined", "value", "value").asMatchPredicate(), CHANGE,
                    "value redefined after a save by rename");
            seen = live.awaitStdout(seen, "value=2"::equals, CHANGE, "the output of the version saved by rename");

            Files.writeString(dir.resolve("value.ll"), valueModule(3));
            events = live.awaitStderr(events + 1, eventLine("redefined", "value", "value").asMatchPredicate(), CHANGE,
                    "value redefined after an in-place rewrite");
            seen = live.awaitStdout(seen, "value=3"::equals, CHANGE, "the output of the version rewritten in place");

            Files.writeString(dir.resolve("value.ll"), "define i32 @value() {\nentry:\n  ret i32 %nowhere\n}\n");
            int failed = live.awaitStderr(events + 1, eventLine("failed", "value", "value").asMatchPredicate(), CHANGE,
                    "the broken edit reported as failed");
            live.awaitStderr(failed + 3, line -> true, CHANGE, "the diagnostic: location and message, source line, caret");
            List<String> err = live.stderrLines();
            assertTrue(err.get(failed + 1).startsWith("prog/value.ll:3:"), "expected FILE:LINE:COL with DIR as typed: "
                    + err.get(failed + 1) + live.describe());
            assertTrue(err.get(failed + 1).contains(": error: "), "expected the compiler form" + live.describe());
            assertEquals("  ret i32 %nowhere", err.get(failed + 2), "expected the source line" + live.describe());
            assertTrue(err.get(failed + 3).matches(" *\\^"), "expected a caret line" + live.describe());
            // The old code keeps running: more lines, all still from version 3.
            int afterFailure = live.stdoutLines().size();
            live.awaitStdout(afterFailure + 3, line -> true, CHANGE, "the program still running after the failure");
            List<String> out = live.stdoutLines();
            assertEquals(List.of("value=3"), out.subList(afterFailure, out.size()).stream().distinct().toList(),
                    "expected the old code to keep running" + live.describe());

            Files.writeString(dir.resolve("extra.ll"), "define i32 @extra() {\nentry:\n  ret i32 5\n}\n"
                    + "define internal i32 @helper() {\nentry:\n  ret i32 6\n}\n");
            events = live.awaitStderr(failed + 4, eventLine("added", "extra", "extra,helper").asMatchPredicate(), CHANGE,
                    "a new file added as a module, functions in source order");
            Files.delete(dir.resolve("extra.ll"));
            events = live.awaitStderr(events + 1, eventLine("removed", "extra", "extra,helper").asMatchPredicate(), CHANGE,
                    "a deleted file's module removed");

            saveByRename(dir.resolve("value.ll"), valueModule(142));
            Optional<Integer> status = live.awaitExit(CHANGE);
            assertEquals(Optional.of(42), status, "expected the entry's return value as exit status" + live.describe());
            assertTrue(live.stdoutLines().contains("value=142"), "expected the last line flushed" + live.describe());
            for (String line : live.stderrLines()) {
                if (line.startsWith("hotlink: live ")) {
                    assertTrue(EVENT.matcher(line).matches(), "expected every event in the exact format: " + line
                            + live.describe());
                }
            }
            assertTrue(live.stderrLines().stream().noneMatch(line -> line.contains("value.ll~")),
                    "an editor's backup file is no module" + live.describe());
        }
    }

    @Test
    void anEntryNotYetWrittenIsAwaitedAndItsReturnEndsTheProcessWithStdioFlushed() throws Exception {
        Path dir = Files.createDirectory(work.resolve("later"));
        Files.writeString(dir.resolve("greeting.ll"), """
                @text = private unnamed_addr constant [8 x i8] c"partial\\00"
                declare i32 @printf(ptr, ...)
                define void @greet() {
                entry:
                  %p = call i32 (ptr, ...) @printf(ptr @text)
                  ret void
                }
                """);
        try (LiveProcess live = LiveProcess.start(work, "live", "--entry", "start", "later")) {
            live.awaitStderr(0, eventLine("added", "greeting", "greet").asMatchPredicate(), START, "greeting added");
            live.awaitStderr(0, line -> line.contains("waiting") && line.contains("@start"), START,
                    "a note that the entry is not defined yet");
            assertTrue(live.isAlive(), "live keeps waiting for the entry" + live.describe());
            // No newline and no fflush: only exitProcess's flush of C stdio makes "partial" appear.
            saveByRename(dir.resolve("start.ll"), """
                    declare void @greet()
                    define i32 @start() {
                    entry:
                      call void @greet()
                      ret i32 3
                    }
                    """);
            Optional<Integer> status = live.awaitExit(CHANGE);
            assertEquals(Optional.of(3), status, "expected the entry's return value" + live.describe());
            assertEquals(List.of("partial"), live.stdoutLines(), "expected C stdio flushed at exit" + live.describe());
            live.awaitStderr(0, eventLine("added", "start", "start").asMatchPredicate(), CHANGE, "start added");
        }
    }

    @Test
    void aMissingFolderIs66AndAMissingFolderOperandIsAUsageError() {
        ProcessOutcome missing = Hotlink.invoke(work, "live", "absent");
        assertEquals(66, missing.exitStatus(), "expected 66 for a missing DIR" + missing.describe());
        assertEquals("hotlink: cannot read 'absent': No such file or directory\n", missing.stderr(), missing.describe());
        ProcessOutcome usage = Hotlink.invoke(work, "live");
        assertEquals(64, usage.exitStatus(), "expected 64 without DIR" + usage.describe());
        assertTrue(usage.stderr().contains("usage: hotlink live"), "expected the usage" + usage.describe());
    }
}
