package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** TEMPORARY exploration over /tmp/cs (not committed). */
class ExploreCorpusTest {
    static Stream<String> files() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("explore.dir", "/tmp/cs")))) {
            s.filter(p -> p.toString().endsWith(".ll")).sorted().forEach(p -> out.add(p.toString()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void matchesNative(String file) throws Exception {
        Path ll = Path.of(file);
        ClangTool.Run expected = ClangTool.runNatively(ll);
        try (CompiledModule m = CompiledModule.load(Files.readString(ll))) {
            Memory argv = new Memory(16);
            Memory name = new Memory(8);
            name.setString(0, "prog");
            argv.setPointer(0, name);
            argv.setPointer(8, Pointer.NULL);
            NativeStdoutCapture.Result actual = NativeStdoutCapture.capture(Path.of(file + ".out"), () -> m.callInt("main", 1, argv));
            assertEquals(expected.stdout(), actual.stdout(), "stdout");
            assertEquals(expected.exitCode(), actual.value() & 0xFF, "exit");
        }
    }
}
