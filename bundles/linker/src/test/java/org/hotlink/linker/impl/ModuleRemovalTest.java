package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.hotlink.codegen.SymbolBinding.LOCAL;
import static org.hotlink.codegen.SymbolBinding.WEAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.util.List;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.ModuleReplacement;
import org.junit.jupiter.api.Test;

/** Test that removing a module unpublishes its names, lets weak definitions take over and retires its memory. */
class ModuleRemovalTest extends LinkerFixture {
    private LinkUpdate remove(String module) throws Exception {
        return layer.update(List.of(ModuleReplacement.removal(module)));
    }

    @Test
    void removalMakesFunctionsUndefinedAndTheirLandingPassesTheName() throws Exception {
        installNameReturningHandler();
        layer.add(new TestObjectBuilder("lib").function("compute", GLOBAL, MachineCode.returnConstant(5)).build());
        layer.add(new TestObjectBuilder("user")
                .function("call_compute", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("compute"))
                .undefined("compute", SymbolKind.FUNCTION, false).build());
        long stub = address("compute");
        assertEquals(5L, callLong("call_compute") & 0xffffffffL, "before removal the call reaches lib's compute");
        remove("lib");
        assertTrue(layer.lookup("compute").isEmpty(), "compute is undefined after its module is removed");
        assertNull(layer.definingModule("compute"), "no module defines compute");
        long landing = slotTargetOf(stub);
        assertEquals(0x3d8b48, new Pointer(landing).getInt(0) & 0xffffff, "the stub's slot leads to its landing (mov rdi, [rip+disp32])");
        assertEquals("compute", stringAt(callLong("call_compute")), "the landing passes a pointer to the name 'compute'");
        assertEquals("compute", stringAt(callAt(stub)), "calling the stub itself reaches the handler with the name");
    }

    @Test
    void localFunctionsOfARemovedModuleLeadToTheirLandings() throws Exception {
        installNameReturningHandler();
        LinkedObject lib = layer.add(new TestObjectBuilder("lib")
                .function("inner", LOCAL, MachineCode.returnConstant(1))
                .function("outer", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("inner")).build());
        long innerStub = lib.definitions().get("inner");
        remove("lib");
        assertEquals("inner", stringAt(callAt(innerStub)), "a removed local function's stub reports its name");
    }

    @Test
    void weakDefinitionTakesOverWhenTheStrongOneIsRemoved() throws Exception {
        layer.add(new TestObjectBuilder("weak").function("f", WEAK, MachineCode.returnConstant(1)).build());
        layer.add(new TestObjectBuilder("strong").function("f", GLOBAL, MachineCode.returnConstant(2)).build());
        long stub = address("f");
        assertEquals(2, callInt("f"), "the strong definition is in effect");
        assertEquals("strong", layer.definingModule("f"), "strong defines f");
        remove("strong");
        assertEquals(1, callInt("f"), "the weak definition takes over");
        assertEquals("weak", layer.definingModule("f"), "weak defines f now");
        assertEquals(stub, address("f"), "f keeps its stub");
        layer.add(new TestObjectBuilder("strong2").function("f", GLOBAL, MachineCode.returnConstant(3)).build());
        assertEquals(3, callInt("f"), "a later strong definition is accepted after the first left");
    }

    @Test
    void removedDataReadsAsNullThroughItsGotSlot() throws Exception {
        layer.add(new TestObjectBuilder("data").data("x", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8]).build());
        layer.add(new TestObjectBuilder("user")
                .function("address_of_x", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("x"))
                .undefined("x", SymbolKind.DATA, false).build());
        assertEquals(address("x"), callLong("address_of_x"), "the GOT slot holds x's storage");
        remove("data");
        assertEquals(0L, callLong("address_of_x"), "after removal the GOT slot of x holds 0");
        assertTrue(layer.lookup("x").isEmpty(), "x is undefined");
    }

    @Test
    void deferredReferencesInRemovedDataAreNeverWrittenAgain() throws Exception {
        layer.add(new TestObjectBuilder("table")
                .data("pointer_to_x", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8],
                        Relocation.toSymbol(0, RelocationType.X86_64_64, "x", 0))
                .undefined("x", SymbolKind.DATA, false).build());
        layer.add(new TestObjectBuilder("x").data("x", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8]).build());
        long pointer = address("pointer_to_x");
        long oldX = address("x");
        assertEquals(oldX, new Pointer(pointer).getLong(0), "the deferred reference followed x's definition");
        LinkUpdate removal = remove("table");
        layer.update(List.of(ModuleReplacement.of(
                new TestObjectBuilder("x").data("x", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8]).build())));
        assertTrue(address("x") != oldX, "x has new storage");
        assertEquals(oldX, new Pointer(pointer).getLong(0), "the retired (not yet released) data was not written again");
        removal.retired().forEach(memory -> memory.memory().release());
    }

    @Test
    void removingAModuleThatIsNotLoadedIsRefused() {
        LinkException error = assertThrows(LinkException.class, () -> remove("ghost"), "removing an unknown module fails");
        assertTrue(error.getMessage().contains("'ghost'"), "message names the module: " + error.getMessage());
    }

    @Test
    void aModuleCanBeAddedAgainAfterItsRemoval() throws Exception {
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        remove("m");
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(2)).build());
        assertEquals(2, callInt("f"), "the re-added module's f runs");
        LinkUpdate empty = layer.update(List.of());
        assertTrue(empty.linked().isEmpty() && empty.retired().isEmpty(), "an empty update links and retires nothing: " + empty);
    }
}
