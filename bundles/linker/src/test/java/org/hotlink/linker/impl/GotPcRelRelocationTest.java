package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.hotlink.codegen.SymbolBinding.WEAK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Pointer;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.junit.jupiter.api.Test;

/** X86_64_GOTPCREL: data reached through a per-name GOT slot that is filled when the definition arrives. */
class GotPcRelRelocationTest extends LinkerFixture {
    @Test
    void declaredGlobalIsReadThroughItsGotSlotOnceDefined() throws Exception {
        layer.add(new TestObjectBuilder("reader")
                .function("read_shared", GLOBAL, MachineCode.LOAD_INT_THROUGH_GOT, MachineCode.loadThroughGot("shared"))
                .function("shared_slot", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("shared"))
                .undefined("shared", SymbolKind.DATA, false).build());
        assertEquals(0L, callLong("shared_slot"), "the GOT slot holds 0 while shared is undefined");
        layer.add(new TestObjectBuilder("owner").data("shared", GLOBAL, SectionKind.WRITABLE_DATA, new byte[] {99, 0, 0, 0}).build());
        assertEquals(address("shared"), callLong("shared_slot"), "the GOT slot holds shared's storage address");
        assertEquals(99, callInt("read_shared"), "the function reads shared through its GOT slot");
        new Pointer(address("shared")).setInt(0, 5);
        assertEquals(5, callInt("read_shared"), "a store to shared is seen through the GOT");
    }

    @Test
    void patchedFieldPointsAtTheGotSlot() throws Exception {
        layer.add(new TestObjectBuilder("m")
                .data("value", GLOBAL, SectionKind.READ_ONLY_DATA, new byte[] {17, 0, 0, 0})
                .function("slot_of_value", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("value")).build());
        long field = bodyOf("slot_of_value") + 3;
        long slot = field + 4 + int32At(field);
        assertEquals(address("value"), new Pointer(slot).getLong(0), "G + (-4) - P leads to a slot holding the symbol's address");
        assertEquals(address("value"), callLong("slot_of_value"), "the code reads the same slot");
    }

    @Test
    void undefinedWeakDataStaysNull() throws Exception {
        layer.add(new TestObjectBuilder("weakref")
                .function("optional_slot", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("optional"))
                .undefined("optional", SymbolKind.DATA, true).build());
        layer.bindExternals();
        assertEquals(0L, callLong("optional_slot"), "an extern_weak symbol nobody defines is null");
        assertEquals(java.util.List.of(), layer.undefinedSymbols(), "a weak reference is not an undefined symbol");
    }

    @Test
    void gotSlotOfAWeakDefinitionFollowsTheStrongOneLoadedLater() throws Exception {
        layer.add(new TestObjectBuilder("weak_default")
                .data("setting", WEAK, SectionKind.WRITABLE_DATA, new byte[] {1, 0, 0, 0})
                .function("read_setting", GLOBAL, MachineCode.LOAD_INT_THROUGH_GOT, MachineCode.loadThroughGot("setting"))
                .build());
        assertEquals(1, callInt("read_setting"), "before the strong definition arrives, the weak one is read");
        layer.add(new TestObjectBuilder("strong").data("setting", GLOBAL, SectionKind.WRITABLE_DATA, new byte[] {42, 0, 0, 0}).build());
        assertEquals(42, callInt("read_setting"), "the GOT slot follows the strong definition that replaced the weak one");
    }

    @Test
    void gotSlotOfAWeakDefinitionLoadedAfterAStrongOneLeadsToTheStrongOne() throws Exception {
        layer.add(new TestObjectBuilder("strong").data("setting", GLOBAL, SectionKind.WRITABLE_DATA, new byte[] {42, 0, 0, 0}).build());
        layer.add(new TestObjectBuilder("weak_default")
                .data("setting", WEAK, SectionKind.WRITABLE_DATA, new byte[] {1, 0, 0, 0})
                .function("read_setting", GLOBAL, MachineCode.LOAD_INT_THROUGH_GOT, MachineCode.loadThroughGot("setting"))
                .build());
        assertEquals(42, callInt("read_setting"), "a weak definition loaded after the strong one does not take effect");
    }
}
