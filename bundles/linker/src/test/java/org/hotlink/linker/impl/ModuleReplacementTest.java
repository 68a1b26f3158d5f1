package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.hotlink.codegen.SymbolBinding.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Set;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.ModuleReplacement;
import org.junit.jupiter.api.Test;

/** Test that replacing a module's version keeps stubs and kept data and switches slots to the new code. */
class ModuleReplacementTest extends LinkerFixture {
    private static byte[] int32(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    private LinkUpdate replace(RelocatableObject object, Set<String> kept, Set<String> fresh) throws Exception {
        return layer.update(List.of(new ModuleReplacement(object.moduleName(), object, kept, fresh)));
    }

    @Test
    void replacingAModuleKeepsStubAddressesAndSwitchesSlots() throws Exception {
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        layer.add(new TestObjectBuilder("caller")
                .function("call_f", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("f"))
                .undefined("f", SymbolKind.FUNCTION, false).build());
        long stub = address("f");
        long oldBody = bodyOf("f");
        LinkUpdate update = layer.update(List.of(ModuleReplacement.of(
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(2)).build())));
        assertEquals(stub, address("f"), "f keeps its stub address");
        assertNotEquals(oldBody, bodyOf("f"), "f's slot leads to the new body");
        assertEquals(2, callInt("f"), "f runs the new version");
        assertEquals(3, callInt("call_f"), "a caller linked against the old version reaches the new one (2 + 1)");
        assertEquals("m", layer.definingModule("f"), "m still defines f");
        assertEquals(1, update.linked().size(), "one new object is reported");
        assertEquals(stub, update.linked().get(0).definitions().get("f"), "the new version's definition of f is the same stub");
    }

    @Test
    void keptDataKeepsAddressAndValueWhileOtherGlobalGetsNewStorage() throws Exception {
        layer.add(new TestObjectBuilder("m")
                .data("counter", GLOBAL, SectionKind.WRITABLE_DATA, int32(5))
                .data("limit", GLOBAL, SectionKind.WRITABLE_DATA, int32(7))
                .function("read_counter", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("counter")).build());
        long counter = address("counter");
        long limit = address("limit");
        new Pointer(counter).setInt(0, 42);
        replace(new TestObjectBuilder("m")
                .data("counter", GLOBAL, SectionKind.WRITABLE_DATA, int32(0))
                .data("limit", GLOBAL, SectionKind.WRITABLE_DATA, int32(9))
                .function("read_counter", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("counter")).build(),
                Set.of("counter"), Set.of());
        assertEquals(counter, address("counter"), "kept data keeps its address");
        assertEquals(42, new Pointer(counter).getInt(0), "kept data keeps its current value, not the new initializer");
        assertEquals(42, callInt("read_counter"), "the new code reads the kept storage");
        assertNotEquals(limit, address("limit"), "data that is not kept gets new storage");
        assertEquals(9, new Pointer(address("limit")).getInt(0), "new storage holds the new initializer");
        assertEquals(7, new Pointer(limit).getInt(0), "the old version's data stays in place (not retired on replacement)");
    }

    @Test
    void keptLocalDataKeepsItsStorage() throws Exception {
        LinkedObject first = layer.add(new TestObjectBuilder("m")
                .data("state", LOCAL, SectionKind.WRITABLE_DATA, int32(3))
                .function("read_state", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("state")).build());
        long state = first.definitions().get("state");
        new Pointer(state).setInt(0, 33);
        LinkedObject second = replace(new TestObjectBuilder("m")
                .data("state", LOCAL, SectionKind.WRITABLE_DATA, int32(0))
                .function("read_state", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("state")).build(),
                Set.of("state"), Set.of()).linked().get(0);
        assertEquals(state, second.definitions().get("state"), "a kept local keeps its address");
        assertEquals(33, callInt("read_state"), "the new code reads the kept local's value");
    }

    @Test
    void localFunctionsKeepTheirStubs() throws Exception {
        LinkedObject first = layer.add(new TestObjectBuilder("m")
                .function("helper", LOCAL, MachineCode.returnConstant(10))
                .function("entry", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("helper")).build());
        long helperStub = first.definitions().get("helper");
        assertEquals(11, callInt("entry"), "the first version calls its helper (10 + 1)");
        LinkedObject second = layer.update(List.of(ModuleReplacement.of(new TestObjectBuilder("m")
                .function("helper", LOCAL, MachineCode.returnConstant(20))
                .function("entry", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("helper")).build()))).linked().get(0);
        assertEquals(helperStub, second.definitions().get("helper"), "the local helper keeps its stub");
        assertEquals(20, callAt(helperStub), "the old helper stub leads to the new helper");
        assertEquals(21, callInt("entry"), "the new version calls the new helper (20 + 1)");
    }

    @Test
    void freshFunctionGetsNewStubAndOldStubStillReachesOldCode() throws Exception {
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        long oldStub = address("f");
        LinkUpdate update = replace(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(2)).build(),
                Set.of(), Set.of("f"));
        assertNotEquals(oldStub, address("f"), "a fresh function gets a new stub");
        assertEquals(2, callInt("f"), "the name leads to the new code");
        assertEquals(1, callAt(oldStub), "the detached old stub still reaches the old code");
        assertTrue(update.retired().isEmpty(), "old code reached by a detached stub is not retired: " + update.retired());
    }

    @Test
    void namesTheNewVersionNoLongerDefinesBecomeUndefined() throws Exception {
        installNameReturningHandler();
        layer.add(new TestObjectBuilder("m")
                .function("f", GLOBAL, MachineCode.returnConstant(1))
                .function("gone", GLOBAL, MachineCode.returnConstant(2)).build());
        layer.add(new TestObjectBuilder("caller")
                .function("call_gone", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("gone"))
                .undefined("gone", SymbolKind.FUNCTION, false).build());
        long goneStub = address("gone");
        layer.update(List.of(ModuleReplacement.of(
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(3)).build())));
        assertTrue(layer.lookup("gone").isEmpty(), "the name the new version dropped is undefined");
        assertEquals(null, layer.definingModule("gone"), "no module defines it any more");
        assertNotEquals(0L, slotTargetOf(goneStub), "its slot leads somewhere (its landing)");
        assertEquals("gone", stringAt(callLong("call_gone")), "a call reaches the handler with the name 'gone'");
        assertEquals(List.of("gone"), layer.undefinedSymbols(), "the caller's strong reference is now undefined");
    }

    @Test
    void addingAModuleThatIsAlreadyLoadedIsRefused() throws Exception {
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        LinkException error = assertThrows(LinkException.class,
                () -> layer.add(new TestObjectBuilder("m").function("g", GLOBAL, MachineCode.returnConstant(2)).build()),
                "add() of a loaded module name is refused");
        assertTrue(error.getMessage().contains("'m'"), "message names the module: " + error.getMessage());
        assertTrue(layer.lookup("g").isEmpty(), "nothing of the refused object is published");
    }

    @Test
    void aNewVersionMayRedefineWhatItsOldVersionDefinedStrongly() throws Exception {
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        layer.add(new TestObjectBuilder("w").function("f", org.hotlink.codegen.SymbolBinding.WEAK, MachineCode.returnConstant(5)).build());
        layer.update(List.of(ModuleReplacement.of(
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(2)).build())));
        assertEquals(2, callInt("f"), "the new strong version replaces the old one, the weak one still yields");
    }
}
