package org.hotlink.shell.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the Gogo commands of scope hotlink on a fake engine: their output, their errors, and the engine's life. */
class HotlinkCommandsTest {
    private static final String SYNTH = "define i32 @tone(i32 %t) {\n  ret i32 %t\n}\ndefine i32 @mix() {\n  ret i32 0\n}\n";

    private final FakeEngine engine = new FakeEngine();
    private final List<Engine> created = new ArrayList<>();
    private final EngineFactory factory = options -> {
        created.add(engine);
        return engine;
    };
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HotlinkCommands commands =
            new HotlinkCommands(factory, () -> new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path folder;

    private String file(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text).toString();
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void addNamesTheModuleAfterTheFileAndPrintsItsFunctions() throws Exception {
        assertEquals("added synth version=1 functions=tone,mix\n", commands.add(file("synth.ll", SYNTH)));
        assertEquals("added other version=1 functions=tone,mix\n", commands.add(file("b.ll", SYNTH), "other"));
        assertEquals("", stderr());
    }

    @Test
    void redefineReplacesTheModuleAndPrintsTheNewVersion() throws Exception {
        String path = file("synth.ll", SYNTH);
        commands.add(path);
        Files.writeString(Path.of(path), "define i32 @tone(i32 %t) {\n  ret i32 1\n}\n");
        assertEquals("redefined synth version=2 functions=tone\n", commands.redefine(path));
        assertEquals("redefined s2 version=1 functions=tone\n", commands.redefine(path, "s2"));
    }

    @Test
    void removeThenModulesListsWhatIsLeftAsATable() throws Exception {
        commands.add(file("synth.ll", SYNTH));
        commands.add(file("main.ll", "define i32 @main() {\n  ret i32 0\n}\n"));
        assertEquals("removed synth\n", commands.remove("synth"));
        assertEquals("name  version  functions\nmain  1        main\n", commands.modules());
    }

    @Test
    void symbolsShowModuleVersionAndHexAddressAndADashWhenUndefined() throws Exception {
        commands.add(file("synth.ll", SYNTH));
        assertEquals("name  module  version  address\n"
                + "tone  synth   1        0x0000000000001000\n"
                + "mix   synth   1        0x0000000000001010\n"
                + "puts  -       -        0x0000000000000000\n", commands.symbols());
    }

    @Test
    void statsPrintsTimingsCountsAndMemory() {
        assertEquals("parse_ms=1.500 compile_ms=2.000 link_ms=0.250 functions_compiled=3 ir_instructions=12 code_bytes=96\n"
                + "memory reserved=1073741824 committed=65536 live=4096 retired=0 freed=128\n", commands.stats());
    }

    @Test
    void badIrPrintsTheCompilerFormDiagnosticOnStderrAndNoStackTrace() throws Exception {
        String path = file("bad.ll", "define i32 @f() {\nBAD\n}\n");
        assertNull(commands.add(path), "a failed command returns nothing for the shell to print");
        assertEquals(path + ":2:1: error: expected top-level entity\nBAD\n^\n", stderr());
        assertEquals(List.of(), engine.modules(), "nothing was added");
    }

    @Test
    void anErrorWithoutLocationIsOneHotlinkLine() {
        assertNull(commands.remove("absent"));
        assertEquals("hotlink: error: no module 'absent' is loaded\n", stderr());
    }

    @Test
    void aMissingFileIsReportedByNameWithoutAStackTrace() {
        String missing = folder.resolve("none.ll").toString();
        assertNull(commands.add(missing));
        assertEquals("hotlink: cannot read '" + missing + "': No such file or directory\n", stderr());
        assertFalse(stderr().contains("Exception"));
    }

    @Test
    void aFactoryThatCannotMakeAnEngineIsReportedAndRetriedOnTheNextCommand() {
        List<Integer> attempts = new ArrayList<>();
        HotlinkCommands failing = new HotlinkCommands(options -> {
            attempts.add(1);
            throw new HotlinkException("target 'x86_64' is not available");
        }, () -> new PrintStream(err, true, StandardCharsets.UTF_8));
        assertNull(failing.modules());
        assertNull(failing.modules());
        assertEquals(2, attempts.size(), "no engine is cached after a failure");
        assertTrue(stderr().startsWith("hotlink: error: target 'x86_64' is not available\n"), stderr());
    }

    @Test
    void oneEngineIsCreatedOnFirstUseAndClosedOnDeactivation() throws Exception {
        assertEquals(List.of(), created, "no engine before the first command");
        commands.add(file("synth.ll", SYNTH));
        commands.modules();
        commands.stats();
        assertEquals(1, created.size(), "every command works on the same engine");
        assertSame(engine, created.get(0));
        commands.deactivate();
        assertTrue(engine.closed, "deactivation closes the engine");
    }

    @Test
    void deactivationWithoutAnyCommandCreatesNoEngine() {
        commands.deactivate();
        assertEquals(List.of(), created);
    }
}
