package org.hotlink.x86.asm;

/**
 * Control flow and miscellaneous: CALL, JMP, Jcc, RET, LEAVE, UD2, INT3, NOP of 1 to 15 bytes, and the
 * string instructions REP MOVS / REP STOS. Label targets use rel32 unless a method says "short".
 */
public abstract class X86ControlInstructions extends X86BitAndAtomicInstructions {
    X86ControlInstructions(CodeBuffer buffer) {
        super(buffer);
    }

    /** CALL rel32 to a label in this buffer (Vol. 2A CALL, E8 cd). */
    public final void call(Label target) {
        emitPlain(0, false, 0xE8);
        buffer().emitLabelRel32(target, 0, 0);
    }

    /** CALL rel32 to an external symbol through an R_X86_64_PLT32 relocation with addend -4 (E8 cd). */
    public final void call(String symbol) {
        emitPlain(0, false, 0xE8);
        buffer().emitSymbolRel32(RelocationKind.PLT32, symbol, 0, 0);
    }

    /** CALL r64: indirect call (Vol. 2A CALL, FF /2). */
    public final void call(Gpr target) {
        emitRegisterForm(0, false, 0xFF, 2, target.encoding(), false);
    }

    /** CALL m64: indirect call through memory, e.g. a GOT entry (Vol. 2A CALL, FF /2). */
    public final void call(Address target) {
        emitMemoryForm(0, false, 0xFF, 2, target, false, 0);
    }

    /** JMP rel32 to a label (Vol. 2A JMP, E9 cd). */
    public final void jmp(Label target) {
        emitPlain(0, false, 0xE9);
        buffer().emitLabelRel32(target, 0, 0);
    }

    /** JMP rel8 to a label (EB cb); {@link CodeBuffer#finish()} fails if the target is out of reach. */
    public final void jmpShort(Label target) {
        emitPlain(0, false, 0xEB);
        buffer().emitLabelRel8(target);
    }

    /** JMP rel32 to an external symbol (tail call) through an R_X86_64_PLT32 relocation (E9 cd). */
    public final void jmp(String symbol) {
        emitPlain(0, false, 0xE9);
        buffer().emitSymbolRel32(RelocationKind.PLT32, symbol, 0, 0);
    }

    /** JMP r64: indirect jump (Vol. 2A JMP, FF /4). */
    public final void jmp(Gpr target) {
        emitRegisterForm(0, false, 0xFF, 4, target.encoding(), false);
    }

    /** JMP m64: indirect jump through memory (Vol. 2A JMP, FF /4). */
    public final void jmp(Address target) {
        emitMemoryForm(0, false, 0xFF, 4, target, false, 0);
    }

    /** Jcc rel32 (Vol. 2A Jcc, 0F 80+cc cd). */
    public final void jcc(Condition condition, Label target) {
        emitPlain(0, false, 0x0F80 + condition.code());
        buffer().emitLabelRel32(target, 0, 0);
    }

    /** Jcc rel8 (Vol. 2A Jcc, 70+cc cb); {@link CodeBuffer#finish()} fails if the target is out of reach. */
    public final void jccShort(Condition condition, Label target) {
        emitPlain(0, false, 0x70 + condition.code());
        buffer().emitLabelRel8(target);
    }

    /** RET (Vol. 2B RET, C3). */
    public final void ret() {
        emitPlain(0, false, 0xC3);
    }

    /**
     * RET imm16: return and pop imm16 more bytes (Vol. 2B RET, C2 iw).
     *
     * @throws IllegalArgumentException unless bytes is in 0..65535
     */
    public final void ret(int bytes) {
        Immediates.checkRange(bytes, 0, 0xFFFF, "RET byte count");
        emitPlain(0, false, 0xC2);
        emitImmediate(2, bytes);
    }

    /** LEAVE: RSP = RBP, pop RBP (Vol. 2A LEAVE, C9). */
    public final void leave() {
        emitPlain(0, false, 0xC9);
    }

    /** UD2: raises SIGILL (Vol. 2B UD, 0F 0B). */
    public final void ud2() {
        emitPlain(0, false, 0x0F0B);
    }

    /** INT3: breakpoint, raises SIGTRAP (Vol. 2A INT n, CC). */
    public final void int3() {
        emitPlain(0, false, 0xCC);
    }

    /** One-byte NOP (Vol. 2B NOP, 90). */
    public final void nop() {
        emitPlain(0, false, 0x90);
    }

    /**
     * A single NOP instruction of exactly {@code length} bytes, in the recommended multi-byte forms
     * (Vol. 2B NOP, Table 4-12; 0F 1F /0, with extra 66 prefixes beyond 9 bytes).
     *
     * @throws IllegalArgumentException unless length is in 1..15
     */
    public final void nop(int length) {
        NopSequences.emitSingle(buffer(), length);
    }

    /** REP MOVSB: copy RCX bytes from [RSI] to [RDI] (Vol. 2B MOVS and REP, F3 A4). */
    public final void repMovsb() {
        emitPlain(0xF3, false, 0xA4);
    }

    /** REP MOVSQ: copy RCX quadwords from [RSI] to [RDI] (F3 REX.W A5). */
    public final void repMovsq() {
        emitPlain(0xF3, true, 0xA5);
    }

    /** REP STOSB: store AL to RCX bytes at [RDI] (Vol. 2B STOS and REP, F3 AA). */
    public final void repStosb() {
        emitPlain(0xF3, false, 0xAA);
    }

    /** REP STOSQ: store RAX to RCX quadwords at [RDI] (F3 REX.W AB). */
    public final void repStosq() {
        emitPlain(0xF3, true, 0xAB);
    }
}
