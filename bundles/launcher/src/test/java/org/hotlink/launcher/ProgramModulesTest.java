package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests that module names are the file names and stay unique within one engine. */
class ProgramModulesTest {
    @Test
    void moduleNameIsTheFileNameMadeUniqueWhenRepeated() {
        Set<String> taken = new HashSet<>();
        assertEquals("m.ll", ProgramModules.uniqueName(Path.of("a/m.ll"), taken));
        assertEquals("m.ll#2", ProgramModules.uniqueName(Path.of("b/m.ll"), taken));
        assertEquals("m.ll#3", ProgramModules.uniqueName(Path.of("m.ll"), taken));
        assertEquals("n.ll", ProgramModules.uniqueName(Path.of("./n.ll"), taken));
    }
}
