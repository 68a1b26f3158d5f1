package org.hotlink.backend.x86;

import org.hotlink.codegen.StubWriter;

/**
 * Entry stubs, undefined-function landings, lazy landings and the lazy trampoline for x86-64
 * (Intel SDM Vol. 2A; encodings checked against {@code llvm-mc-19 --show-encoding}, see
 * {@code X86StubWriterTest}).
 *
 * <p>Entry stub, 8 bytes: {@code jmp qword ptr [rip+disp32]} (FF 25 disp32: JMP, FF /4 with a
 * RIP-relative ModRM), padded with two INT3 bytes.
 *
 * <p>Undefined landing, 16 bytes: {@code mov rdi, qword ptr [rip+disp32]} (REX.W 8B /r with
 * ModRM 3D: MOV r64, r/m64), loading the name pointer into the first System V integer-argument
 * register, then {@code jmp qword ptr [rip+disp32]} to the handler, padded with three INT3 bytes.
 * A jump, not a call: the handler sees the original caller's return address, as if called directly.
 *
 * <p>Lazy landing, 16 bytes: {@code lea r11, [rip+disp32]} (REX.W+R 8D /r with ModRM 1D) giving
 * the stub's address, then {@code jmp rel32} (E9) to the trampoline, padded with four INT3 bytes.
 * R11 is a scratch register that no System V call passes anything in, so the arguments stay intact.
 *
 * <p>Lazy trampoline ({@link LazyTrampolineCode}, 224 bytes): entered by jumps only, so on entry the
 * stack is as at the original call: the caller's return address on top and RSP ≡ 8 (mod 16)
 * (System V ABI 3.2.2: RSP+8 is 16-byte aligned on function entry). It builds this frame:
 * <pre>
 *   [rbp+8]            the caller's return address, then any stack arguments above it
 *   [rbp]              saved RBP             (push rbp; mov rbp, rsp: RSP ≡ 0 mod 16 now)
 *   [rsp+64+16*i]      XMM0..XMM7, all 128 bits, MOVAPS (needs the 16-byte alignment)
 *   [rsp+56]           R10, the static chain
 *   [rsp+48]           RAX; AL is the number of vector registers a variadic call uses
 *   [rsp+0..40]        RDI, RSI, RDX, RCX, R8, R9, the integer arguments
 *   rsp = rbp - 192    still 16-byte aligned, as the call that follows requires
 * </pre>
 * then {@code mov rdi, r11} and {@code call qword ptr [rip+disp32]} through the compiler slot. The
 * compiler is a C function, so it keeps RBX, RBP, R12-R15 and RSP (ABI 3.2.1); everything else it
 * may clobber is reloaded from the frame. It returns the code to run in RAX, which moves to R11;
 * after the reloads {@code leave} puts back RSP and RBP as on entry, and {@code jmp r11} enters the
 * function with the caller's return address on top and the stack arguments where they were. The
 * upper halves of YMM/ZMM registers are not kept: this back-end passes no wider vectors.
 *
 * <p>Every slot must lie within a signed 32-bit displacement of the end of the instruction that
 * reads it. Stateless and thread-safe.
 */
public final class X86StubWriter implements StubWriter {
    private static final int STUB_SIZE = 8;
    private static final int LANDING_SIZE = 16;
    private static final byte INT3 = (byte) 0xCC;

    /** FF 25 disp32: jmp qword ptr [rip+disp32]. */
    private static final byte[] JMP_RIP_INDIRECT = {(byte) 0xFF, 0x25};
    /** 48 8B 3D disp32: mov rdi, qword ptr [rip+disp32]. */
    private static final byte[] MOV_RDI_RIP = {0x48, (byte) 0x8B, 0x3D};
    private static final int DISP32_SIZE = 4;
    private static final int LAZY_LANDING_SIZE = 16;
    /** 4C 8D 1D disp32: lea r11, [rip+disp32]. */
    private static final byte[] LEA_R11_RIP = {0x4C, (byte) 0x8D, 0x1D};
    /** E9 rel32: jmp rel32. */
    private static final byte[] JMP_REL32 = {(byte) 0xE9};

    @Override
    public int entryStubSize() {
        return STUB_SIZE;
    }

    @Override
    public void writeEntryStub(byte[] buffer, int offset, long stubAddress, long slotAddress) {
        checkFits(buffer, offset, STUB_SIZE, "stub");
        int toSlot = displacement(stubAddress, JMP_RIP_INDIRECT, slotAddress, "slot", "stub");
        int end = emitRipRelative(buffer, offset, JMP_RIP_INDIRECT, toSlot);
        fillInt3(buffer, end, offset + STUB_SIZE);
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
        checkFits(buffer, offset, LANDING_SIZE, "undefined landing");
        long jmpAddress = landingAddress + MOV_RDI_RIP.length + DISP32_SIZE;
        // Both reaches are checked before anything is written, so a refused landing leaves the buffer as it was.
        int toNameSlot = displacement(landingAddress, MOV_RDI_RIP, nameSlotAddress, "name slot", "undefined landing");
        int toHandlerSlot = displacement(jmpAddress, JMP_RIP_INDIRECT, handlerSlotAddress, "handler slot", "undefined landing");
        int jmpOffset = emitRipRelative(buffer, offset, MOV_RDI_RIP, toNameSlot);
        int end = emitRipRelative(buffer, jmpOffset, JMP_RIP_INDIRECT, toHandlerSlot);
        fillInt3(buffer, end, offset + LANDING_SIZE);
    }

    @Override
    public int lazyLandingSize() {
        return LAZY_LANDING_SIZE;
    }

    @Override
    public void writeLazyLanding(byte[] buffer, int offset, long landingAddress, long stubAddress,
                                 long trampolineAddress) {
        checkFits(buffer, offset, LAZY_LANDING_SIZE, "lazy landing");
        long jmpAddress = landingAddress + LEA_R11_RIP.length + DISP32_SIZE;
        // Both reaches are checked before anything is written, so a refused landing leaves the buffer as it was.
        int toStub = displacement(landingAddress, LEA_R11_RIP, stubAddress, "stub", "lazy landing");
        int toTrampoline = displacement(jmpAddress, JMP_REL32, trampolineAddress, "trampoline", "lazy landing");
        int jmpOffset = emitRipRelative(buffer, offset, LEA_R11_RIP, toStub);
        int end = emitRipRelative(buffer, jmpOffset, JMP_REL32, toTrampoline);
        fillInt3(buffer, end, offset + LAZY_LANDING_SIZE);
    }

    @Override
    public int lazyTrampolineSize() {
        return LazyTrampolineCode.size();
    }

    @Override
    public void writeLazyTrampoline(byte[] buffer, int offset, long trampolineAddress, long compilerSlotAddress) {
        checkFits(buffer, offset, LazyTrampolineCode.size(), "lazy trampoline");
        int toSlot = displacementFrom(trampolineAddress + LazyTrampolineCode.callEnd(), compilerSlotAddress,
                "compiler slot", "lazy trampoline's call at 0x" + Long.toHexString(trampolineAddress + LazyTrampolineCode.callOffset()));
        LazyTrampolineCode.write(buffer, offset, toSlot);
    }

    /**
     * The displacement from the end of an instruction {@code opcode disp32} placed at
     * {@code instructionAddress} to {@code target}.
     *
     * @throws IllegalArgumentException if it does not fit a signed 32-bit field
     */
    private static int displacement(long instructionAddress, byte[] opcode, long target, String targetWhat,
                                    String instructionWhat) {
        return displacementFrom(instructionAddress + opcode.length + DISP32_SIZE, target, targetWhat,
                instructionWhat + " at 0x" + Long.toHexString(instructionAddress));
    }

    /**
     * The displacement from {@code instructionEnd}, where RIP points after the instruction, to {@code target}.
     *
     * @throws IllegalArgumentException if it does not fit a signed 32-bit field
     */
    private static int displacementFrom(long instructionEnd, long target, String targetWhat, String instructionWhat) {
        long displacement = target - instructionEnd;
        if (displacement != (int) displacement) {
            throw new IllegalArgumentException(targetWhat + " at 0x" + Long.toHexString(target) + " is out of reach of the "
                    + instructionWhat + " (displacement " + displacement + " does not fit 32 bits)");
        }
        return (int) displacement;
    }

    /** Writes {@code opcode} and the little-endian displacement; returns the offset after them. */
    private static int emitRipRelative(byte[] buffer, int offset, byte[] opcode, int displacement) {
        System.arraycopy(opcode, 0, buffer, offset, opcode.length);
        int at = offset + opcode.length;
        buffer[at] = (byte) displacement;
        buffer[at + 1] = (byte) (displacement >> 8);
        buffer[at + 2] = (byte) (displacement >> 16);
        buffer[at + 3] = (byte) (displacement >> 24);
        return at + DISP32_SIZE;
    }

    private static void checkFits(byte[] buffer, int offset, int size, String what) {
        if (offset < 0 || offset + size > buffer.length) {
            throw new IllegalArgumentException(what + " at offset " + offset + " does not fit the " + buffer.length + "-byte buffer");
        }
    }

    private static void fillInt3(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            buffer[i] = INT3;
        }
    }
}
