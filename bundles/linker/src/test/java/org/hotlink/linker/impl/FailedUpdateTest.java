package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.ModuleReplacement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Test that an update that fails in any object of its batch changes nothing: lookups, defining
 * modules, slot values, data and the arena's live bytes are as before, even though another
 * module of the same batch was valid.
 */
class FailedUpdateTest extends LinkerFixture {
    private long stubOfF;
    private long bodyOfF;
    private long storageOfX;
    private long liveBefore;

    /** Two loaded modules: m defines f (1) and data x, other defines g; GOT and stub blocks already exist. */
    @BeforeEach
    void loadModules() throws Exception {
        layer.add(new TestObjectBuilder("m")
                .function("f", GLOBAL, MachineCode.returnConstant(1))
                .data("x", GLOBAL, SectionKind.WRITABLE_DATA, new byte[] {11, 0, 0, 0})
                .function("address_of_x", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("x")).build());
        layer.add(new TestObjectBuilder("other").function("g", GLOBAL, MachineCode.returnConstant(7)).build());
        stubOfF = address("f");
        bodyOfF = bodyOf("f");
        storageOfX = address("x");
        liveBefore = arena.statistics().live();
    }

    /** A valid new version of m (f returns 2, x not kept), to go in the same batch as a broken object. */
    private static ModuleReplacement validNewVersionOfM() {
        return ModuleReplacement.of(new TestObjectBuilder("m")
                .function("f", GLOBAL, MachineCode.returnConstant(2))
                .data("x", GLOBAL, SectionKind.WRITABLE_DATA, new byte[] {22, 0, 0, 0})
                .function("address_of_x", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("x")).build());
    }

    private void assertUnchanged(HotlinkException error) {
        assertEquals(stubOfF, address("f"), "f keeps its stub after the failed update (" + error.getMessage() + ")");
        assertEquals(bodyOfF, bodyOf("f"), "f's slot still leads to the old body");
        assertEquals(1, callInt("f"), "f still runs the old version");
        assertEquals(storageOfX, address("x"), "x keeps its storage");
        assertEquals(storageOfX, callLong("address_of_x"), "x's GOT slot is unchanged");
        assertEquals("m", layer.definingModule("f"), "m still defines f");
        assertEquals("other", layer.definingModule("g"), "other still defines g");
        assertTrue(layer.lookup("h").isEmpty(), "h of the refused object is not published");
        assertEquals(liveBefore, arena.statistics().live(), "no memory of the failed update stays live");
    }

    private void assertRefused(Class<? extends HotlinkException> expected, RelocatableObject broken) {
        HotlinkException error = assertThrows(expected,
                () -> layer.update(List.of(validNewVersionOfM(), ModuleReplacement.of(broken))),
                "the update with a broken object fails as a whole");
        assertUnchanged(error);
    }

    @Test
    void directReferenceToUndefinedDataFailsTheWholeUpdate() {
        assertRefused(LinkException.class, new TestObjectBuilder("broken")
                .function("h", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("nowhere"))
                .undefined("nowhere", SymbolKind.DATA, false).build());
    }

    @Test
    void relocationOverflowFailsTheWholeUpdate() {
        assertRefused(LinkException.class, new TestObjectBuilder("broken")
                .data("far", GLOBAL, SectionKind.WRITABLE_DATA, new byte[4])
                .function("h", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE,
                        Relocation.toSymbol(2, RelocationType.X86_64_PC32, "far", 1L << 40)).build());
    }

    @Test
    void duplicateStrongSymbolFailsTheWholeUpdate() {
        assertRefused(DuplicateSymbolException.class, new TestObjectBuilder("broken")
                .function("h", GLOBAL, MachineCode.returnConstant(3))
                .function("g", GLOBAL, MachineCode.returnConstant(4)).build());
    }

    @Test
    void freshAndKeptRequestsOfAFailedUpdateLeaveNoTrace() {
        LinkException error = assertThrows(LinkException.class, () -> layer.update(List.of(
                new ModuleReplacement("m", validNewVersionOfM().object(), Set.of("x"), Set.of("f")),
                ModuleReplacement.of(new TestObjectBuilder("broken")
                        .function("h", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("nowhere"))
                        .undefined("nowhere", SymbolKind.DATA, false).build()))),
                "a batch with a fresh function and kept data fails as a whole");
        assertUnchanged(error);
    }

    @Test
    void keptDataTheOldVersionDidNotDefineIsRefused() {
        LinkException error = assertThrows(LinkException.class, () -> layer.update(List.of(
                new ModuleReplacement("other", new TestObjectBuilder("other")
                        .function("g", GLOBAL, MachineCode.returnConstant(8))
                        .data("y", GLOBAL, SectionKind.WRITABLE_DATA, new byte[4]).build(), Set.of("y"), Set.of()))),
                "kept data needs an old definition");
        assertTrue(error.getMessage().contains("'y'"), "message names the data: " + error.getMessage());
        assertUnchanged(error);
    }

    @Test
    void aModuleTwiceInOneUpdateIsRefused() {
        LinkException error = assertThrows(LinkException.class,
                () -> layer.update(List.of(validNewVersionOfM(), ModuleReplacement.removal("m"))),
                "one module cannot be replaced and removed in one update");
        assertUnchanged(error);
    }
}
