package org.hotlink.linker.impl;

import org.hotlink.codegen.StubWriter;

/**
 * A test-only x86-64 stub writer (the real one belongs to the back-end; bytes as
 * {@code llvm-mc-19 --show-encoding} prints them, Intel SDM vol. 2A):
 * <ul>
 * <li>entry stub, 8 bytes: {@code jmp qword ptr [rip + disp32]} (FF 25 disp32), disp32 = slot -
 *     (stub + 6), padded with int3 (CC);</li>
 * <li>undefined landing, 16 bytes: {@code mov rdi, qword ptr [rip + disp32]} (48 8B 3D disp32),
 *     disp32 = name slot - (landing + 7), then {@code jmp qword ptr [rip + disp32]} (FF 25 disp32),
 *     disp32 = handler slot - (landing + 13), padded with int3;</li>
 * <li>lazy landing, 16 bytes: {@code lea r11, [rip + disp32]} (4C 8D 1D disp32), disp32 = stub -
 *     (landing + 7), then {@code jmp rel32} (E9 rel32), rel32 = trampoline - (landing + 12), padded
 *     with int3;</li>
 * <li>lazy trampoline, {@value #TRAMPOLINE_SIZE} bytes: {@code push rbp; mov rbp, rsp}; push rdi,
 *     rsi, rdx, rcx, r8, r9, rax (vector count of variadic calls), r10 (static chain);
 *     {@code and rsp, -16; sub rsp, 128}; movdqu xmm0..xmm7 to [rsp + 16 i]; {@code mov rdi, r11;
 *     call qword ptr [rip + disp32]} (FF 15 disp32) through the compiler slot; {@code mov r11, rax};
 *     reload xmm0..xmm7; {@code lea rsp, [rbp - 64]}; pop r10, rax, r9, r8, rcx, rdx, rsi, rdi, rbp;
 *     {@code jmp r11} (41 FF E3), padded with int3.</li>
 * </ul>
 */
final class JumpThroughSlotStubWriter implements StubWriter {
    static final int SIZE = 8;
    static final int LANDING_SIZE = 16;
    static final int LAZY_LANDING_SIZE = 16;
    static final int TRAMPOLINE_SIZE = 160;
    /** Offset in the trampoline of the disp32 of its call through the compiler slot (the call ends 4 bytes later). */
    static final int TRAMPOLINE_CALL_FIELD = 79;

    @Override
    public int entryStubSize() {
        return SIZE;
    }

    @Override
    public void writeEntryStub(byte[] buffer, int offset, long stubAddress, long slotAddress) {
        buffer[offset] = (byte) 0xff;
        buffer[offset + 1] = 0x25;
        putDisplacement(buffer, offset + 2, slotAddress - (stubAddress + 6));
        buffer[offset + 6] = (byte) 0xcc;
        buffer[offset + 7] = (byte) 0xcc;
    }

    @Override
    public long entryStubReach() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int undefinedLandingSize() {
        return LANDING_SIZE;
    }

    @Override
    public void writeUndefinedLanding(byte[] buffer, int offset, long landingAddress, long nameSlotAddress,
                                      long handlerSlotAddress) {
        buffer[offset] = 0x48;
        buffer[offset + 1] = (byte) 0x8b;
        buffer[offset + 2] = 0x3d;
        putDisplacement(buffer, offset + 3, nameSlotAddress - (landingAddress + 7));
        buffer[offset + 7] = (byte) 0xff;
        buffer[offset + 8] = 0x25;
        putDisplacement(buffer, offset + 9, handlerSlotAddress - (landingAddress + 13));
        for (int i = 13; i < LANDING_SIZE; i++) {
            buffer[offset + i] = (byte) 0xcc;
        }
    }

    @Override
    public int lazyLandingSize() {
        return LAZY_LANDING_SIZE;
    }

    @Override
    public void writeLazyLanding(byte[] buffer, int offset, long landingAddress, long stubAddress, long trampolineAddress) {
        put(buffer, offset, 0x4c, 0x8d, 0x1d);
        putDisplacement(buffer, offset + 3, stubAddress - (landingAddress + 7));
        buffer[offset + 7] = (byte) 0xe9;
        putDisplacement(buffer, offset + 8, trampolineAddress - (landingAddress + 12));
        for (int i = 12; i < LAZY_LANDING_SIZE; i++) {
            buffer[offset + i] = (byte) 0xcc;
        }
    }

    @Override
    public int lazyTrampolineSize() {
        return TRAMPOLINE_SIZE;
    }

    @Override
    public void writeLazyTrampoline(byte[] buffer, int offset, long trampolineAddress, long compilerSlotAddress) {
        int at = offset;
        at = put(buffer, at, 0x55, 0x48, 0x89, 0xe5);                       // push rbp; mov rbp, rsp
        at = put(buffer, at, 0x57, 0x56, 0x52, 0x51, 0x41, 0x50, 0x41, 0x51); // push rdi, rsi, rdx, rcx, r8, r9
        at = put(buffer, at, 0x50, 0x41, 0x52);                             // push rax, r10
        at = put(buffer, at, 0x48, 0x83, 0xe4, 0xf0);                       // and rsp, -16
        at = put(buffer, at, 0x48, 0x81, 0xec, 0x80, 0, 0, 0);              // sub rsp, 128
        for (int i = 0; i < 8; i++) {
            at = put(buffer, at, 0xf3, 0x0f, 0x7f, 0x44 | (i << 3), 0x24, 16 * i); // movdqu [rsp + 16i], xmm i
        }
        at = put(buffer, at, 0x4c, 0x89, 0xdf);                             // mov rdi, r11
        at = put(buffer, at, 0xff, 0x15);                                   // call [rip + disp32]
        if (at - offset != TRAMPOLINE_CALL_FIELD) {
            throw new IllegalStateException("trampoline call field at " + (at - offset));
        }
        putDisplacement(buffer, at, compilerSlotAddress - (trampolineAddress + (at - offset) + 4));
        at += 4;
        at = put(buffer, at, 0x49, 0x89, 0xc3);                             // mov r11, rax
        for (int i = 0; i < 8; i++) {
            at = put(buffer, at, 0xf3, 0x0f, 0x6f, 0x44 | (i << 3), 0x24, 16 * i); // movdqu xmm i, [rsp + 16i]
        }
        at = put(buffer, at, 0x48, 0x8d, 0x65, 0xc0);                       // lea rsp, [rbp - 64]
        at = put(buffer, at, 0x41, 0x5a, 0x58, 0x41, 0x59, 0x41, 0x58);     // pop r10, rax, r9, r8
        at = put(buffer, at, 0x59, 0x5a, 0x5e, 0x5f, 0x5d);                 // pop rcx, rdx, rsi, rdi, rbp
        at = put(buffer, at, 0x41, 0xff, 0xe3);                             // jmp r11
        while (at < offset + TRAMPOLINE_SIZE) {
            buffer[at++] = (byte) 0xcc;
        }
    }

    private static int put(byte[] buffer, int at, int... bytes) {
        for (int b : bytes) {
            buffer[at++] = (byte) b;
        }
        return at;
    }

    private static void putDisplacement(byte[] buffer, int at, long displacement) {
        if (displacement < Integer.MIN_VALUE || displacement > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("displacement " + displacement + " does not fit 32 bits");
        }
        for (int i = 0; i < 4; i++) {
            buffer[at + i] = (byte) (displacement >>> (8 * i));
        }
    }
}
