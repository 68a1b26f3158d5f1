package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.junit.jupiter.api.Test;

/** X86_64_PC32: direct references to data, checked to fit 32 signed bits. */
class Pc32RelocationTest extends LinkerFixture {
    private static byte[] int32(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    @Test
    void functionReadsAGlobalThroughAPcRelativeLoad() throws Exception {
        layer.add(new TestObjectBuilder("counter")
                .data("counter", GLOBAL, SectionKind.WRITABLE_DATA, int32(1234))
                .function("read_counter", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("counter")).build());
        long field = bodyOf("read_counter") + 2;
        assertEquals(address("counter") - (field + 4), int32At(field), "disp32 = S + (-4) - P");
        assertEquals(1234, callInt("read_counter"), "the function reads the global's initial value");
    }

    @Test
    void referenceToAFarExternalOverflows() throws Exception {
        externals.define("far_data", 0x7fff_0000_0000L);
        layer.add(new TestObjectBuilder("near")
                .function("far_through_got", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("far_data"))
                .undefined("far_data", SymbolKind.DATA, false).build());
        layer.bindExternals();
        assertEquals(0x7fff_0000_0000L, callLong("far_through_got"), "through the GOT a far address is fine");
        long liveBefore = arena.statistics().live();
        LinkException error = assertThrows(LinkException.class, () -> layer.add(new TestObjectBuilder("direct")
                .function("read_far", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("far_data"))
                .undefined("far_data", SymbolKind.DATA, false).build()), "a PC32 reference 128 TiB away is refused");
        assertTrue(error.getMessage().contains("far_data") && error.getMessage().contains("overflows"),
                "message names the symbol and the overflow: " + error.getMessage());
        assertTrue(layer.lookup("read_far").isEmpty(), "nothing of the refused object is published");
        assertEquals(liveBefore, arena.statistics().live(), "the refused object's memory is given back");
    }

    @Test
    void directReferenceToDataNotDefinedYetIsRefused() {
        LinkException error = assertThrows(LinkException.class, () -> layer.add(new TestObjectBuilder("early")
                .function("read_later", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("later"))
                .undefined("later", SymbolKind.DATA, false).build()), "a PC32 load of data defined nowhere yet cannot be patched later");
        assertTrue(error.getMessage().contains("'later'"), "message names the symbol: " + error.getMessage());
    }
}
