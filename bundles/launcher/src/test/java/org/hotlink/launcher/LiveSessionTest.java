package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hotlink.diagnostic.HotlinkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the live loop against a fake engine on a real folder: load, wait for the entry, follow edits, return. */
class LiveSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String MAIN = "declare i32 @tone()\ndefine i32 @main(i32 %argc, ptr %argv) {\n  ret i32 0\n}\n";

    private final FakeEngine engine = new FakeEngine();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private DirectoryWatcher watcher;

    @TempDir
    Path folder;

    @BeforeEach
    void openWatcher() throws Exception {
        watcher = DirectoryWatcher.open(folder, Duration.ofMillis(5));
    }

    @AfterEach
    void closeWatcher() throws Exception {
        engine.programReturn.complete(0L);
        watcher.close();
    }

    private CompletableFuture<Integer> startSession(String entry) {
        LiveEventReporter reporter = new LiveEventReporter(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        ModuleReloader reloader = new ModuleReloader(engine, folder, "dir",
                new StableFileReader(Duration.ofMillis(5), Duration.ofMillis(50)), reporter, System::nanoTime);
        EntryRunner runner = new EntryRunner(engine, entry, List.of("dir", "x"));
        LiveSession session = new LiveSession(folder, watcher, reloader, runner, reporter, System::nanoTime);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return session.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Waits (bounded) until stderr holds a line starting with {@code prefix}. */
    private void awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (stderr().lines().anyMatch(line -> line.startsWith(prefix))) {
                return;
            }
            Thread.sleep(10);
        }
        fail("expected a line starting with '" + prefix + "' within " + WAIT + ", stderr:\n" + stderr());
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void saveByRename(String name, String text) throws Exception {
        Path temporary = Files.writeString(folder.resolve("." + name + ".tmp"), text);
        Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void entryStartsOnceDefinedFollowsEditsAndItsReturnValueEndsTheSession() throws Exception {
        Files.writeString(folder.resolve("tone.ll"), "define i32 @tone() {\n  ret i32 1\n}\n");
        Files.writeString(folder.resolve(".#tone.ll"), "BAD lock file of an editor");
        CompletableFuture<Integer> session = startSession("main");
        awaitLine("hotlink: live added tone functions=tone latency_ms=");
        awaitLine("hotlink: live waiting for a module that defines @main");
        assertEquals(List.of(), engine.spawnedArgv, "the entry must not start before it is defined");

        saveByRename("main.ll", MAIN);
        awaitLine("hotlink: live added main functions=main latency_ms=");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (engine.spawnedArgv.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(List.of(List.of("dir", "x")), engine.spawnedArgv, "argv[0] is DIR as typed");

        Files.writeString(folder.resolve("tone.ll"), "define i32 @tone() {\n  ret i32 2\n}\ndefine void @fx() {\n  ret void\n}\n");
        awaitLine("hotlink: live redefined tone functions=tone,fx latency_ms=");
        assertFalse(session.isDone(), "the session follows the folder while the entry runs");

        engine.programReturn.complete(42L);
        assertEquals(42, session.get(WAIT.toSeconds(), TimeUnit.SECONDS), "the entry's return value ends the session");
        assertFalse(stderr().contains(".#tone"), "an editor's lock file is not a module: " + stderr());
        assertEquals(1, engine.calls.stream().filter(c -> c.startsWith("spawnProgram")).count(), engine.calls.toString());
    }

    @Test
    void aDeletedModuleIsRemovedAndABrokenEditIsReportedWhileTheOldCodeStays() throws Exception {
        Files.writeString(folder.resolve("main.ll"), MAIN);
        Files.writeString(folder.resolve("tone.ll"), "define i32 @tone() {\n  ret i32 1\n}\n");
        CompletableFuture<Integer> session = startSession("main");
        awaitLine("hotlink: live added tone");

        Files.writeString(folder.resolve("main.ll"), MAIN.replace("ret i32 0", "BAD"));
        awaitLine("hotlink: live failed main functions=main latency_ms=");
        assertTrue(stderr().contains("dir/main.ll:3:3: error: expected instruction opcode\n  BAD\n  ^\n"),
                "expected the diagnostic after the failed line: " + stderr());
        assertEquals(1, engine.modules().stream().filter(m -> m.name().equals("main")).findFirst().orElseThrow().version());

        Files.delete(folder.resolve("tone.ll"));
        awaitLine("hotlink: live removed tone functions=tone latency_ms=");
        assertEquals(List.of("main"), engine.modules().stream().map(m -> m.name()).toList());

        engine.programReturn.complete(3L);
        assertEquals(3, session.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void anEntryTheEngineRefusesIsReportedAndRetriedAfterTheNextChange() throws Exception {
        engine.spawnFailure = new HotlinkException("@main has an unsupported signature");
        Files.writeString(folder.resolve("main.ll"), MAIN);
        CompletableFuture<Integer> session = startSession("main");
        awaitLine("hotlink: live cannot start @main");
        assertTrue(stderr().contains("hotlink: error: @main has an unsupported signature"), stderr());

        engine.spawnFailure = null;
        Files.writeString(folder.resolve("main.ll"), MAIN.replace("ret i32 0", "ret i32 5"));
        awaitLine("hotlink: live redefined main");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (engine.spawnedArgv.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, engine.spawnedArgv.size(), "expected the entry started after the fix: " + engine.calls);
        engine.programReturn.complete(5L);
        assertEquals(5, session.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void aFolderThatDisappearsBeforeTheEntryStartedEndsTheSessionWith66() throws Exception {
        Path doomed = Files.createDirectory(folder.resolve("doomed"));
        watcher.close();
        watcher = DirectoryWatcher.open(doomed, Duration.ofMillis(5));
        LiveEventReporter reporter = new LiveEventReporter(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        ModuleReloader reloader = new ModuleReloader(engine, doomed, "doomed",
                new StableFileReader(Duration.ofMillis(5), Duration.ofMillis(50)), reporter, System::nanoTime);
        LiveSession session = new LiveSession(doomed, watcher, reloader, new EntryRunner(engine, "main", List.of("doomed")),
                reporter, System::nanoTime);
        CompletableFuture<Integer> result = CompletableFuture.supplyAsync(() -> {
            try {
                return session.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitLine("hotlink: live waiting for a module that defines @main");
        Files.delete(doomed);
        assertEquals(ExitStatus.NO_INPUT, result.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(stderr().contains("hotlink: live stops following " + doomed), stderr());
    }
}
