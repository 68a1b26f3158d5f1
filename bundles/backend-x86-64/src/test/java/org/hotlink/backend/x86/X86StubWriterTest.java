package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.util.HexFormat;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.junit.jupiter.api.Test;

/**
 * Test that entry stubs and undefined-function landings encode as the assembler does.
 *
 * <p>Expected bytes come from (regenerate with):
 * <pre>
 * printf 'jmp qword ptr [rip+0x1000]\njmp qword ptr [rip-0x20]\nmov rdi, qword ptr [rip+0x1000]\n'\
 * 'jmp qword ptr [rip+0xff9]\nmov rdi, qword ptr [rip-0x18]\njmp qword ptr [rip-0x1f]\n' \
 *   | llvm-mc-19 --show-encoding -x86-asm-syntax=intel -output-asm-variant=1 -triple=x86_64
 * </pre>
 * followed by INT3 (cc) padding to the stub or landing size. One test also runs the stubs and
 * landings as the linker lays them out.
 */
class X86StubWriterTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private final X86StubWriter writer = new X86StubWriter();

    private record StubCase(long stubAddress, long slotAddress, String bytes, String text) {
    }

    private record LandingCase(long landingAddress, long nameSlot, long handlerSlot, String bytes, String text) {
    }

    private static final StubCase[] STUBS = {
        new StubCase(0x10000, 0x10000 + 6 + 0x1000, "ff 25 00 10 00 00 cc cc", "jmp qword ptr [rip + 4096]"),
        new StubCase(0x10000, 0x10000 + 6 - 0x20, "ff 25 e0 ff ff ff cc cc", "jmp qword ptr [rip - 32]"),
    };

    private static final LandingCase[] LANDINGS = {
        new LandingCase(0x20000, 0x20007 + 0x1000, 0x2000D + 0xff9,
                "48 8b 3d 00 10 00 00 ff 25 f9 0f 00 00 cc cc cc",
                "mov rdi, qword ptr [rip + 4096]; jmp qword ptr [rip + 4089]"),
        new LandingCase(0x20000, 0x20007 - 0x18, 0x2000D - 0x1f,
                "48 8b 3d e8 ff ff ff ff 25 e1 ff ff ff cc cc cc",
                "mov rdi, qword ptr [rip - 24]; jmp qword ptr [rip - 31]"),
    };

    @Test
    void entryStubsEncodeAsJmpThroughRipRelativeSlot() {
        for (StubCase c : STUBS) {
            byte[] buffer = new byte[writer.entryStubSize()];
            writer.writeEntryStub(buffer, 0, c.stubAddress(), c.slotAddress());
            assertEquals(c.bytes(), HEX.formatHex(buffer), "encoding of " + c.text());
        }
    }

    @Test
    void undefinedLandingsEncodeAsMovRdiThenJmpThroughHandlerSlot() {
        for (LandingCase c : LANDINGS) {
            byte[] buffer = new byte[writer.undefinedLandingSize()];
            writer.writeUndefinedLanding(buffer, 0, c.landingAddress(), c.nameSlot(), c.handlerSlot());
            assertEquals(c.bytes(), HEX.formatHex(buffer), "encoding of " + c.text());
        }
    }

    @Test
    void landingIsWrittenAtTheGivenOffsetOnly() {
        byte[] buffer = new byte[3 * writer.undefinedLandingSize()];
        int offset = writer.undefinedLandingSize();
        LandingCase c = LANDINGS[0];
        writer.writeUndefinedLanding(buffer, offset, c.landingAddress(), c.nameSlot(), c.handlerSlot());
        byte[] expected = new byte[buffer.length];
        System.arraycopy(HEX.parseHex(c.bytes()), 0, expected, offset, writer.undefinedLandingSize());
        assertArrayEquals(expected, buffer, "only the 16 bytes at offset 16 should be written");
    }

    @Test
    void sizesKeepStubsAndLandingsAligned() {
        assertEquals(8, writer.entryStubSize(), "an entry stub is 8 bytes");
        assertEquals(16, writer.undefinedLandingSize(), "a landing is 16 bytes, so landings stay 16-byte aligned");
    }

    @Test
    void slotOutOfReachOfStubIsRefused() {
        byte[] buffer = new byte[8];
        assertThrows(IllegalArgumentException.class, () -> writer.writeEntryStub(buffer, 0, 0x1000, 0x1000L + (1L << 32)),
                "a slot 4 GiB away from the stub should be refused");
    }

    @Test
    void nameSlotOrHandlerSlotOutOfReachIsRefusedWithoutWriting() {
        byte[] buffer = new byte[16];
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeUndefinedLanding(buffer, 0, 0x1000, 0x1000L + (1L << 32), 0x2000),
                "a name slot 4 GiB away from the landing should be refused");
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeUndefinedLanding(buffer, 0, 0x1000, 0x2000, 0x1000L - (1L << 32)),
                "a handler slot 4 GiB away from the landing should be refused");
        assertArrayEquals(new byte[16], buffer, "a refused landing should leave the buffer untouched");
    }

    @Test
    void stubOrLandingOutsideTheBufferIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> writer.writeEntryStub(new byte[8], 4, 0x1000, 0x2000),
                "a stub that overruns the buffer should be refused");
        assertThrows(IllegalArgumentException.class, () -> writer.writeUndefinedLanding(new byte[16], -1, 0x1000, 0x2000, 0x2008),
                "a landing at a negative offset should be refused");
    }

    @Test
    void linkedLandingEntersTheHandlerWithTheNameAndTheCallersReturnAddress() throws Exception {
        RelocatableObject object = CompiledModule.compileOnly("""
                declare ptr @missing_function()
                define ptr @call_missing() {
                  %p = call ptr @missing_function()
                  ret ptr %p
                }
                define ptr @return_name(ptr %name) {
                  ret ptr %name
                }
                """);
        try (MemoryArena arena = new DualMapMemoryManager().createArena(16L << 20)) {
            LinkLayer layer = new InProcessRuntimeLinker().createLayer(arena, writer, new ProcessSymbolResolver().createScope());
            try {
                layer.add(object);
                layer.setUndefinedFunctionHandler(layer.lookup("return_name").getAsLong());
                long name = Function.getFunction(new Pointer(layer.lookup("call_missing").getAsLong())).invokeLong(new Object[0]);
                // return_name's ret must go back to call_missing: the landing jumps, it does not call.
                assertEquals("missing_function", new Pointer(name).getString(0),
                        "the handler received a pointer to the undefined function's name and returned to the caller");
            } finally {
                layer.close();
            }
        }
    }
}
