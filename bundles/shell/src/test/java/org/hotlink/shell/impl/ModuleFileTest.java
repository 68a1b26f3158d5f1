package org.hotlink.shell.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tests the module name a file gets when the command names none. */
class ModuleFileTest {
    @Test
    void defaultNameIsTheFileNameWithoutDirectoryAndDotLl() throws Exception {
        assertEquals("synth", ModuleFile.defaultModuleName("/tmp/live/synth.ll"));
        assertEquals("synth.bc", ModuleFile.defaultModuleName("synth.bc"), "other suffixes stay");
        assertEquals(".ll", ModuleFile.defaultModuleName(".ll"), "a name must stay non-empty");
    }
}
