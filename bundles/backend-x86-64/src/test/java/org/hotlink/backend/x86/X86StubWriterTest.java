package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 *
 * <p>Lazy landings (llvm-mc-19 relaxes a backward jmp to its short form in text mode, so they are
 * assembled to an object with AT&amp;T syntax and read back):
 * <pre>
 * printf 'leaq 0x1000(%rip), %r11\njmp .+0x2000\nleaq -0x20(%rip), %r11\njmp .-0x1000\n' &gt; l.s
 * llvm-mc-19 -triple=x86_64 -filetype=obj -o l.o l.s &amp;&amp; llvm-objdump-19 -d -M intel l.o
 * </pre>
 * (each pair then placed at 0x20000). The lazy trampoline's bytes are those of {@link #TRAMPOLINE_TEXT}
 * through {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel -output-asm-variant=1 -triple=x86_64}.
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

    private record LazyLandingCase(long landingAddress, long stubAddress, long trampolineAddress, String bytes, String text) {
    }

    private static final LazyLandingCase[] LAZY_LANDINGS = {
        new LazyLandingCase(0x20000, 0x20007 + 0x1000, 0x20007 + 0x2000,
                "4c 8d 1d 00 10 00 00 e9 fb 1f 00 00 cc cc cc cc",
                "lea r11, [rip + 0x1000]; jmp .+0x2000"),
        new LazyLandingCase(0x20000, 0x20007 - 0x20, 0x20007 - 0x1000,
                "4c 8d 1d e0 ff ff ff e9 fb ef ff ff cc cc cc cc",
                "lea r11, [rip - 0x20]; jmp .-0x1000"),
    };

    /** The trampoline with its compiler slot 0x1000 bytes past the end of the call. */
    static final String TRAMPOLINE_TEXT = """
            push rbp
            mov rbp, rsp
            sub rsp, 192
            mov qword ptr [rsp], rdi
            mov qword ptr [rsp+8], rsi
            mov qword ptr [rsp+16], rdx
            mov qword ptr [rsp+24], rcx
            mov qword ptr [rsp+32], r8
            mov qword ptr [rsp+40], r9
            mov qword ptr [rsp+48], rax
            mov qword ptr [rsp+56], r10
            movaps xmmword ptr [rsp+64], xmm0
            movaps xmmword ptr [rsp+80], xmm1
            movaps xmmword ptr [rsp+96], xmm2
            movaps xmmword ptr [rsp+112], xmm3
            movaps xmmword ptr [rsp+128], xmm4
            movaps xmmword ptr [rsp+144], xmm5
            movaps xmmword ptr [rsp+160], xmm6
            movaps xmmword ptr [rsp+176], xmm7
            mov rdi, r11
            call qword ptr [rip+0x1000]
            mov r11, rax
            mov rdi, qword ptr [rsp]
            mov rsi, qword ptr [rsp+8]
            mov rdx, qword ptr [rsp+16]
            mov rcx, qword ptr [rsp+24]
            mov r8, qword ptr [rsp+32]
            mov r9, qword ptr [rsp+40]
            mov rax, qword ptr [rsp+48]
            mov r10, qword ptr [rsp+56]
            movaps xmm0, xmmword ptr [rsp+64]
            movaps xmm1, xmmword ptr [rsp+80]
            movaps xmm2, xmmword ptr [rsp+96]
            movaps xmm3, xmmword ptr [rsp+112]
            movaps xmm4, xmmword ptr [rsp+128]
            movaps xmm5, xmmword ptr [rsp+144]
            movaps xmm6, xmmword ptr [rsp+160]
            movaps xmm7, xmmword ptr [rsp+176]
            leave
            jmp r11
            """;

    private static final String TRAMPOLINE_BYTES = "55 48 89 e5 48 81 ec c0 00 00 00 "
            + "48 89 3c 24 48 89 74 24 08 48 89 54 24 10 48 89 4c 24 18 4c 89 44 24 20 4c 89 4c 24 28 "
            + "48 89 44 24 30 4c 89 54 24 38 "
            + "0f 29 44 24 40 0f 29 4c 24 50 0f 29 54 24 60 0f 29 5c 24 70 0f 29 a4 24 80 00 00 00 "
            + "0f 29 ac 24 90 00 00 00 0f 29 b4 24 a0 00 00 00 0f 29 bc 24 b0 00 00 00 "
            + "4c 89 df ff 15 00 10 00 00 49 89 c3 "
            + "48 8b 3c 24 48 8b 74 24 08 48 8b 54 24 10 48 8b 4c 24 18 4c 8b 44 24 20 4c 8b 4c 24 28 "
            + "48 8b 44 24 30 4c 8b 54 24 38 "
            + "0f 28 44 24 40 0f 28 4c 24 50 0f 28 54 24 60 0f 28 5c 24 70 0f 28 a4 24 80 00 00 00 "
            + "0f 28 ac 24 90 00 00 00 0f 28 b4 24 a0 00 00 00 0f 28 bc 24 b0 00 00 00 "
            + "c9 41 ff e3";
    /** Offset just past the trampoline's call: 11 bytes of prologue, 39 + 52 of stores, 3 + 6 of mov and call. */
    private static final int TRAMPOLINE_CALL_END = 111;

    @Test
    void lazyLandingsEncodeAsLeaR11ThenJmpRel32() {
        for (LazyLandingCase c : LAZY_LANDINGS) {
            byte[] buffer = new byte[writer.lazyLandingSize()];
            writer.writeLazyLanding(buffer, 0, c.landingAddress(), c.stubAddress(), c.trampolineAddress());
            assertEquals(c.bytes(), HEX.formatHex(buffer), "encoding of " + c.text());
        }
    }

    @Test
    void lazyTrampolineEncodesAsTheAssemblerDoesPaddedToSixteenBytes() {
        long trampoline = 0x30000;
        int size = writer.lazyTrampolineSize();
        assertEquals(0, size % 16, "the trampoline size is a multiple of 16");
        byte[] buffer = new byte[size + 16];
        writer.writeLazyTrampoline(buffer, 16, trampoline, trampoline + TRAMPOLINE_CALL_END + 0x1000);
        String code = TRAMPOLINE_BYTES;
        int codeLength = HEX.parseHex(code).length;
        assertEquals(224, size, "209 bytes of code round up to 224");
        String expected = "00 ".repeat(16) + code + " cc".repeat(size - codeLength);
        assertEquals(expected, HEX.formatHex(buffer), "encoding of the trampoline at offset 16:\n" + TRAMPOLINE_TEXT);
    }

    @Test
    void lazyLandingTargetsOutOfReachAreRefusedWithoutWriting() {
        byte[] buffer = new byte[16];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.writeLazyLanding(buffer, 0, 0x1000, 0x2000, 0x1000L + (1L << 32)),
                "a trampoline 4 GiB away from the landing should be refused");
        assertTrue(e.getMessage().startsWith("trampoline at 0x100001000 is out of reach of the lazy landing"),
                "the message names what is out of reach: " + e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeLazyLanding(buffer, 0, 0x1000, 0x1000L - (1L << 32), 0x2000),
                "a stub 4 GiB away from the landing should be refused");
        assertArrayEquals(new byte[16], buffer, "a refused landing should leave the buffer untouched");
        assertThrows(IllegalArgumentException.class, () -> writer.writeLazyLanding(buffer, 4, 0x1000, 0x2000, 0x3000),
                "a landing that overruns the buffer should be refused");
    }

    @Test
    void compilerSlotOutOfReachOfTheTrampolineIsRefusedWithoutWriting() {
        byte[] buffer = new byte[writer.lazyTrampolineSize()];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.writeLazyTrampoline(buffer, 0, 0x1000, 0x1000L + (1L << 32)),
                "a compiler slot 4 GiB away should be refused");
        assertTrue(e.getMessage().startsWith("compiler slot at 0x100001000 is out of reach"),
                "the message names what is out of reach: " + e.getMessage());
        assertArrayEquals(new byte[buffer.length], buffer, "a refused trampoline should leave the buffer untouched");
        assertThrows(IllegalArgumentException.class, () -> writer.writeLazyTrampoline(new byte[100], 0, 0x1000, 0x2000),
                "a trampoline that does not fit the buffer should be refused");
    }

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
