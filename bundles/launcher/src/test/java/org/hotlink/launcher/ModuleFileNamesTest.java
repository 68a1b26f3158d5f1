package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests which file names of a live folder are modules and what the modules are called. */
class ModuleFileNamesTest {
    @Test
    void moduleNameIsTheFileNameWithoutDotLl() {
        assertEquals(Optional.of("synth"), ModuleFileNames.moduleName("synth.ll"));
        assertEquals(Optional.of("a.b"), ModuleFileNames.moduleName("a.b.ll"), "only the last .ll is dropped");
    }

    @ParameterizedTest
    @ValueSource(strings = {".hidden.ll", ".#synth.ll", "synth.ll~", "#synth.ll#", ".synth.ll.swp", "synth.ll.swp",
            "4913", "synth.c", "synth.bc", ".ll", "synth.ll.tmp", "synth.LL"})
    void dotFilesEditorTemporariesAndOtherFilesAreNotModules(String fileName) {
        assertFalse(ModuleFileNames.isModule(fileName), fileName + " must be ignored");
    }
}
