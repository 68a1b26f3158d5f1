package org.hotlink.codegen;

/**
 * How a relocation computes and stores its value. Formulas follow the ELF psABIs: S is the
 * target's address, A the addend, P the address of the patched field, G the address of the
 * target's GOT slot. For a {@link SymbolKind#FUNCTION} target, S is always the address of its
 * entry stub, so a function has one address everywhere and can be redefined by one slot store.
 */
public enum RelocationType {
    /** x86-64 R_X86_64_64: 64-bit S + A. */
    X86_64_64(8, false),
    /** x86-64 R_X86_64_PC32: 32-bit signed S + A - P; overflow is an error. */
    X86_64_PC32(4, true),
    /** x86-64 R_X86_64_PLT32: like PC32, used for call and jmp targets. */
    X86_64_PLT32(4, true),
    /** x86-64 R_X86_64_GOTPCREL: 32-bit signed G + A - P, G a slot that holds S. */
    X86_64_GOTPCREL(4, true);

    private final int width;
    private final boolean pcRelative;

    RelocationType(int width, boolean pcRelative) {
        this.width = width;
        this.pcRelative = pcRelative;
    }

    /** Bytes written at the relocation's offset. */
    public int width() {
        return width;
    }

    /** Whether the value depends on the address of the patched field. */
    public boolean isPcRelative() {
        return pcRelative;
    }
}
