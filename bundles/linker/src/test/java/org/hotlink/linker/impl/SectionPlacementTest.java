package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.util.List;
import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.LinkLayer;
import org.junit.jupiter.api.Test;

/** How sections are placed: zero fill on reused memory, malformed objects refused. */
class SectionPlacementTest extends LinkerFixture {
    private static RelocatableObject zeroFilled(String module, String name, long size) {
        return new RelocatableObject(module, List.of(ObjectSection.zeroFill(".bss." + name, 16, size)),
                List.of(new ObjectSymbol(name, SymbolKind.DATA, SymbolBinding.GLOBAL, 0, 0, size)), new CompileStatistics(0, 0, 0));
    }

    @Test
    void zeroFilledSectionReadsZerosEvenOnReusedMemory() throws Exception {
        byte[] ones = new byte[256];
        java.util.Arrays.fill(ones, (byte) 0xff);
        layer.add(new TestObjectBuilder("dirty").data("dirty", GLOBAL, SectionKind.WRITABLE_DATA, ones).build());
        long dirtyAddress = address("dirty");
        layer.close();
        LinkLayer second = new InProcessRuntimeLinker().createLayer(arena, new JumpThroughSlotStubWriter(), externals);
        try {
            second.add(zeroFilled("clean", "clean", 256));
            long clean = second.lookup("clean").getAsLong();
            assertEquals(dirtyAddress, clean, "the released read-write bytes are reused first");
            assertArrayEquals(new byte[256], new Pointer(clean).getByteArray(0, 256), "a zero-filled section reads as zeros");
        } finally {
            second.close();
        }
        layer = new InProcessRuntimeLinker().createLayer(arena, new JumpThroughSlotStubWriter(), externals);
    }

    @Test
    void relocationOutsideItsSectionIsRefused() {
        LinkException error = assertThrows(LinkException.class, () -> layer.add(new TestObjectBuilder("bad")
                .data("small", GLOBAL, SectionKind.WRITABLE_DATA, new byte[4],
                        Relocation.toSymbol(0, RelocationType.X86_64_64, "small", 0)).build()),
                "an 8-byte field in a 4-byte section is refused");
        assertTrue(error.getMessage().contains("outside"), "message says the field lies outside: " + error.getMessage());
        assertEquals(0L, arena.statistics().live(), "nothing of the refused object stays live");
    }

    @Test
    void symbolOutsideItsSectionIsRefused() {
        RelocatableObject object = new RelocatableObject("bad",
                List.of(ObjectSection.of(".text.f", SectionKind.CODE, 16, MachineCode.returnConstant(1), List.of())),
                List.of(new ObjectSymbol("f", SymbolKind.FUNCTION, SymbolBinding.GLOBAL, 0, 100, 6)), new CompileStatistics(1, 6, 0));
        LinkException error = assertThrows(LinkException.class, () -> layer.add(object), "a symbol at offset 100 of 6 bytes is refused");
        assertTrue(error.getMessage().contains("'f'"), "message names the symbol: " + error.getMessage());
    }

    @Test
    void sectionRelativeTargetOutOfRangeIsRefused() {
        assertThrows(LinkException.class, () -> layer.add(new TestObjectBuilder("bad")
                .data("p", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8], Relocation.toSection(0, RelocationType.X86_64_64, 5, 0))
                .build()), "a relocation naming section 5 of 1 is refused");
    }
}
