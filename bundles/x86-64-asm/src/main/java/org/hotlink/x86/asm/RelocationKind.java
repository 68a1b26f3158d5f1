package org.hotlink.x86.asm;

/**
 * The relocations this assembler writes, with ELF x86-64 semantics (System V x86-64 psABI, 4.4.1).
 * S is the symbol's address, A the addend, P the address of the field, G the address of the symbol's GOT
 * entry.
 */
public enum RelocationKind {
    /** R_X86_64_PC32: 32-bit field = S + A - P, must fit a signed 32-bit value. */
    PC32(4),
    /** R_X86_64_PLT32: 32-bit field = L + A - P where L is the symbol or its PLT stub (calls and jumps). */
    PLT32(4),
    /** R_X86_64_GOTPCREL: 32-bit field = G + A - P; the instruction loads the symbol's address from the GOT. */
    GOTPCREL(4),
    /** R_X86_64_64: 64-bit field = S + A. */
    ABS64(8);

    private final int fieldBytes;

    RelocationKind(int fieldBytes) {
        this.fieldBytes = fieldBytes;
    }

    /** Size in bytes of the field the relocation patches. */
    public int fieldBytes() {
        return fieldBytes;
    }
}
