package org.hotlink.linker.impl;

import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;

/**
 * Hand-assembled x86-64 functions for linker tests (bytes as {@code llvm-mc-19 --show-encoding}
 * prints them), with the offset of each field the linker patches.
 */
final class MachineCode {
    private MachineCode() {
    }

    /** mov eax, imm32; ret. */
    static byte[] returnConstant(int value) {
        return new byte[] {(byte) 0xb8, (byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24), (byte) 0xc3};
    }

    /** sub rsp, 8; call rel32; add rsp, 8; add eax, 1; ret. The rel32 is at {@link #CALL_FIELD}. */
    static final byte[] CALL_THEN_ADD_ONE = {0x48, (byte) 0x83, (byte) 0xec, 0x08, (byte) 0xe8, 0, 0, 0, 0,
        0x48, (byte) 0x83, (byte) 0xc4, 0x08, (byte) 0x83, (byte) 0xc0, 0x01, (byte) 0xc3};

    /** sub rsp, 8; call rel32; add rsp, 8; ret: forwards its arguments and result. */
    static final byte[] CALL_AND_RETURN = {0x48, (byte) 0x83, (byte) 0xec, 0x08, (byte) 0xe8, 0, 0, 0, 0,
        0x48, (byte) 0x83, (byte) 0xc4, 0x08, (byte) 0xc3};

    static final int CALL_FIELD = 5;

    /** mov rax, rdi; ret: returns its first argument (as the undefined-function handler of tests). */
    static final byte[] RETURN_FIRST_ARGUMENT = {0x48, (byte) 0x89, (byte) 0xf8, (byte) 0xc3};

    /** mov eax, dword ptr [rip + disp32]; ret. The disp32 is at offset 2. */
    static final byte[] LOAD_INT_PC_RELATIVE = {(byte) 0x8b, 0x05, 0, 0, 0, 0, (byte) 0xc3};

    /** mov rax, qword ptr [rip + disp32]; mov eax, dword ptr [rax]; ret. The disp32 is at offset 3. */
    static final byte[] LOAD_INT_THROUGH_GOT = {0x48, (byte) 0x8b, 0x05, 0, 0, 0, 0, (byte) 0x8b, 0x00, (byte) 0xc3};

    /** mov rax, qword ptr [rip + disp32]; ret: returns the GOT slot's value. The disp32 is at offset 3. */
    static final byte[] RETURN_GOT_SLOT = {0x48, (byte) 0x8b, 0x05, 0, 0, 0, 0, (byte) 0xc3};

    static Relocation call(String symbol) {
        return Relocation.toSymbol(CALL_FIELD, RelocationType.X86_64_PLT32, symbol, -4);
    }

    static Relocation loadPcRelative(String symbol) {
        return Relocation.toSymbol(2, RelocationType.X86_64_PC32, symbol, -4);
    }

    static Relocation loadThroughGot(String symbol) {
        return Relocation.toSymbol(3, RelocationType.X86_64_GOTPCREL, symbol, -4);
    }
}
