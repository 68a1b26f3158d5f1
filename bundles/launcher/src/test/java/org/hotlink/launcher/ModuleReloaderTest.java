package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests how one file change of a live folder becomes an add, a redefinition, a removal or a reported failure. */
class ModuleReloaderTest {
    private static final String TWO_FUNCTIONS = "define i32 @tone() {\n  ret i32 1\n}\ndefine i32 @mix() {\n  ret i32 2\n}\n";
    private static final String ONE_FUNCTION = "define i32 @tone() {\n  ret i32 3\n}\n";

    private final FakeEngine engine = new FakeEngine();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private long now = 5_000_000;
    private ModuleReloader reloader;

    @TempDir
    Path folder;

    @BeforeEach
    void createReloader() {
        reloader = new ModuleReloader(engine, folder, "live/dir",
                new StableFileReader(Duration.ofMillis(1), Duration.ofMillis(10)),
                new LiveEventReporter(new PrintStream(err, true, StandardCharsets.UTF_8), false), () -> now);
    }

    private Optional<LiveEvent> change(String fileName, long seen) throws Exception {
        return reloader.apply(new FileChange(fileName, seen));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aNewFileIsAddedUnderItsModuleNameWithTheFolderAsTypedInItsSourceName() throws Exception {
        Files.writeString(folder.resolve("tone.ll"), TWO_FUNCTIONS);
        LiveEvent event = change("tone.ll", 3_000_000).orElseThrow();
        assertEquals(new LiveEvent(LiveEvent.Kind.ADDED, "tone", List.of("tone", "mix"), 2_000_000), event);
        assertEquals(List.of("add tone live/dir/tone.ll"), engine.calls);
        assertEquals("hotlink: live added tone functions=tone,mix latency_ms=2.000\n", stderr());
    }

    @Test
    void aChangedFileRedefinesItsModuleAndReportsTheNewFunctions() throws Exception {
        Files.writeString(folder.resolve("tone.ll"), TWO_FUNCTIONS);
        change("tone.ll", now);
        Files.writeString(folder.resolve("tone.ll"), ONE_FUNCTION);
        LiveEvent event = change("tone.ll", now).orElseThrow();
        assertEquals(LiveEvent.Kind.REDEFINED, event.kind());
        assertEquals(List.of("tone"), event.functions());
        assertEquals(2, engine.modules().get(0).version(), "expected the engine to hold version 2");
        assertEquals("redefine tone live/dir/tone.ll", engine.calls.get(1));
    }

    @Test
    void contentEqualToWhatWasAppliedReportsNothing() throws Exception {
        Files.writeString(folder.resolve("tone.ll"), ONE_FUNCTION);
        change("tone.ll", now);
        assertEquals(Optional.empty(), change("tone.ll", now), "a second event of the same save is not a change");
        assertEquals(1, engine.calls.size(), "expected no second engine call: " + engine.calls);
    }

    @Test
    void aFailedRedefinitionKeepsTheOldVersionAndPrintsTheDiagnosticAfterTheLine() throws Exception {
        Files.writeString(folder.resolve("tone.ll"), TWO_FUNCTIONS);
        change("tone.ll", now);
        err.reset();
        Files.writeString(folder.resolve("tone.ll"), "define i32 @tone() {\n  BAD\n}\n");
        LiveEvent event = change("tone.ll", now).orElseThrow();
        assertEquals(LiveEvent.Kind.FAILED, event.kind());
        assertEquals(List.of("tone", "mix"), event.functions(), "the old version's functions keep running");
        assertEquals(1, engine.modules().get(0).version(), "expected the old version still in the engine");
        assertEquals("hotlink: live failed tone functions=tone,mix latency_ms=0.000\n"
                + "live/dir/tone.ll:2:3: error: expected instruction opcode\n  BAD\n  ^\n", stderr());
    }

    @Test
    void aModuleThatFailsToAddIsAddedOnceFixed() throws Exception {
        Files.writeString(folder.resolve("tone.ll"), "BAD\n");
        assertEquals(LiveEvent.Kind.FAILED, change("tone.ll", now).orElseThrow().kind());
        assertTrue(stderr().startsWith("hotlink: live failed tone functions= latency_ms="), stderr());
        Files.writeString(folder.resolve("tone.ll"), ONE_FUNCTION);
        assertEquals(LiveEvent.Kind.ADDED, change("tone.ll", now).orElseThrow().kind(),
                "a module that never loaded is added, not redefined");
    }

    @Test
    void aDeletedFileRemovesItsModuleAndReportsTheFunctionsItHad() throws Exception {
        Files.writeString(folder.resolve("tone.ll"), TWO_FUNCTIONS);
        change("tone.ll", now);
        Files.delete(folder.resolve("tone.ll"));
        LiveEvent event = change("tone.ll", now).orElseThrow();
        assertEquals(new LiveEvent(LiveEvent.Kind.REMOVED, "tone", List.of("tone", "mix"), 0), event);
        assertEquals(List.of(), engine.modules());
        assertEquals("remove tone", engine.calls.get(1));
    }

    @Test
    void aDeletedFileThatNeverLoadedIsForgottenAndAnUnknownOneIgnored() throws Exception {
        Files.writeString(folder.resolve("tone.ll"), "BAD\n");
        change("tone.ll", now);
        Files.delete(folder.resolve("tone.ll"));
        assertEquals(LiveEvent.Kind.REMOVED, change("tone.ll", now).orElseThrow().kind());
        assertEquals(Optional.empty(), change("never.ll", now), "a file never seen needs no report");
        assertEquals(List.of("add tone live/dir/tone.ll"), engine.calls, "no remove for a module the engine lacks");
    }

    @Test
    void anEngineFailureOtherThanBadInputIsReportedAsInternalAndTheSessionGoesOn() throws Exception {
        engine.addFailure = new UnsupportedOperationException("not yet");
        Files.writeString(folder.resolve("tone.ll"), ONE_FUNCTION);
        assertEquals(LiveEvent.Kind.FAILED, change("tone.ll", now).orElseThrow().kind());
        assertTrue(stderr().endsWith("hotlink: internal error: UnsupportedOperationException: not yet\n"), stderr());
    }
}
