package org.hotlink.backend.x86;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The machine code of the x86-64 lazy trampoline, built once as a template in which only the
 * displacement of the call through the compiler slot depends on where it is placed (see
 * {@link X86StubWriter} for the frame it builds and why).
 *
 * <p>Encodings (Intel SDM Vol. 2): {@code MOV r/m64, r64} is REX.W 89 /r and {@code MOV r64, r/m64}
 * REX.W 8B /r, with REX.R for R8-R15 in the reg field; {@code MOVAPS xmm/m128, xmm} is 0F 29 /r and
 * {@code MOVAPS xmm, xmm/m128} 0F 28 /r. An RSP base always needs a SIB byte (24); the displacement
 * is left out when 0, one byte up to 127, four bytes beyond, as assemblers choose.
 */
final class LazyTrampolineCode {
    /** The frame below the saved RBP: 8 integer registers, then 8 XMM registers of 16 bytes. */
    static final int FRAME_SIZE = 192;
    /** Where the first saved XMM register lies above RSP; 16-byte aligned as MOVAPS requires. */
    static final int XMM_SAVE_OFFSET = 64;

    private static final int RAX = 0;
    private static final int RCX = 1;
    private static final int RDX = 2;
    private static final int RSI = 6;
    private static final int RDI = 7;
    private static final int R8 = 8;
    private static final int R9 = 9;
    private static final int R10 = 10;
    private static final int RSP_BASE_RM = 4;
    private static final int SIB_RSP = 0x24;
    private static final int XMM_ARGUMENT_REGISTERS = 8;

    /**
     * Saved at [rsp + 8*i]: the six System V integer-argument registers, RAX (AL holds the number
     * of vector registers a variadic call uses) and R10 (the static chain).
     */
    private static final int[] SAVED_INTEGER_REGISTERS = {RDI, RSI, RDX, RCX, R8, R9, RAX, R10};

    private static final byte[] TEMPLATE;
    /** Offset in the template of the call's disp32. */
    private static final int CALL_DISPLACEMENT_OFFSET;

    static {
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        bytes(code, 0x55);                                  // push rbp
        bytes(code, 0x48, 0x89, 0xE5);                      // mov rbp, rsp
        bytes(code, 0x48, 0x81, 0xEC, FRAME_SIZE, 0, 0, 0); // sub rsp, 192
        moveIntegerRegisters(code, 0x89);
        moveXmmRegisters(code, 0x29);
        bytes(code, 0x4C, 0x89, 0xDF);                      // mov rdi, r11: the stub address is the argument
        bytes(code, 0xFF, 0x15);                            // call qword ptr [rip+disp32]
        CALL_DISPLACEMENT_OFFSET = code.size();
        bytes(code, 0, 0, 0, 0);
        bytes(code, 0x49, 0x89, 0xC3);                      // mov r11, rax: the code to run
        moveIntegerRegisters(code, 0x8B);
        moveXmmRegisters(code, 0x28);
        bytes(code, 0xC9);                                  // leave
        bytes(code, 0x41, 0xFF, 0xE3);                      // jmp r11
        int size = (code.size() + 15) & ~15;
        TEMPLATE = Arrays.copyOf(code.toByteArray(), size);
        Arrays.fill(TEMPLATE, code.size(), size, (byte) 0xCC);
    }

    private LazyTrampolineCode() {
    }

    /** The size of the trampoline, a multiple of 16 so that what follows stays aligned. */
    static int size() {
        return TEMPLATE.length;
    }

    /** Offset of the call instruction (FF 15) within the trampoline. */
    static int callOffset() {
        return CALL_DISPLACEMENT_OFFSET - 2;
    }

    /** Offset just past the call, from which its RIP-relative displacement counts. */
    static int callEnd() {
        return CALL_DISPLACEMENT_OFFSET + 4;
    }

    /** Copies the trampoline into {@code buffer} at {@code offset} with the call's displacement set. */
    static void write(byte[] buffer, int offset, int callDisplacement) {
        System.arraycopy(TEMPLATE, 0, buffer, offset, TEMPLATE.length);
        int at = offset + CALL_DISPLACEMENT_OFFSET;
        buffer[at] = (byte) callDisplacement;
        buffer[at + 1] = (byte) (callDisplacement >> 8);
        buffer[at + 2] = (byte) (callDisplacement >> 16);
        buffer[at + 3] = (byte) (callDisplacement >> 24);
    }

    /** Stores ({@code 89}) or loads ({@code 8B}) every saved integer register at [rsp + 8*i]. */
    private static void moveIntegerRegisters(ByteArrayOutputStream code, int opcode) {
        for (int i = 0; i < SAVED_INTEGER_REGISTERS.length; i++) {
            int register = SAVED_INTEGER_REGISTERS[i];
            code.write(0x48 | (register >= 8 ? 0x04 : 0));
            code.write(opcode);
            rspOperand(code, register & 7, 8 * i);
        }
    }

    /** Stores ({@code 29}) or loads ({@code 28}) XMM0-XMM7 with MOVAPS at [rsp + 64 + 16*i]. */
    private static void moveXmmRegisters(ByteArrayOutputStream code, int opcode) {
        for (int i = 0; i < XMM_ARGUMENT_REGISTERS; i++) {
            code.write(0x0F);
            code.write(opcode);
            rspOperand(code, i, XMM_SAVE_OFFSET + 16 * i);
        }
    }

    /** ModRM, SIB and displacement of the memory operand [rsp + displacement] with {@code reg} in the reg field. */
    private static void rspOperand(ByteArrayOutputStream code, int reg, int displacement) {
        int mod = displacement == 0 ? 0b00 : displacement <= Byte.MAX_VALUE ? 0b01 : 0b10;
        code.write(mod << 6 | reg << 3 | RSP_BASE_RM);
        code.write(SIB_RSP);
        if (mod == 0b01) {
            code.write(displacement);
        } else if (mod == 0b10) {
            bytes(code, displacement, displacement >> 8, displacement >> 16, displacement >> 24);
        }
    }

    private static void bytes(ByteArrayOutputStream code, int... values) {
        for (int value : values) {
            code.write(value);
        }
    }
}
