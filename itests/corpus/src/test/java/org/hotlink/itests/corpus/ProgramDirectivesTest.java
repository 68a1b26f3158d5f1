package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of the corpus directives in C and IR comments. */
class ProgramDirectivesTest {

    @Test
    void readsArgsExtraModulesFromCComments() {
        ProgramDirectives d = ProgramDirectives.parse("m.c", List.of("// corpus: args one two",
                "// corpus: extra-module lib.c", "int main(void) { return 0; }"));
        assertEquals(List.of("one", "two"), d.args(), "expected the words after 'args'");
        assertEquals(List.of("lib.c"), d.extraModules(), "expected the extra module");
    }

    @Test
    void readsLibraryMarkerFromIrComment() {
        assertTrue(ProgramDirectives.parse("l.ll", List.of("; corpus: library")).library(),
                "expected '; corpus: library' to mark an IR file as a library");
    }

    @Test
    void rejectsUnknownDirective() {
        assertThrows(IllegalArgumentException.class, () -> ProgramDirectives.parse("m.c",
                List.of("// corpus: argz 1")), "expected a misspelled directive to be an error");
    }
}
