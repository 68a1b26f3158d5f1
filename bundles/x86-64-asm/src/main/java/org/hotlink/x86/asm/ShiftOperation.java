package org.hotlink.x86.asm;

/** Rotates and shifts of group 2 (Intel SDM Vol. 2B, SAL/SAR/SHL/SHR and RCL/RCR/ROL/ROR). */
public enum ShiftOperation {
    ROL(0), ROR(1), RCL(2), RCR(3), SHL(4), SHR(5), SAR(7);

    private final int extension;

    ShiftOperation(int extension) {
        this.extension = extension;
    }

    /** The ModRM reg extension (/digit) of C0/C1/D0/D1/D2/D3. */
    int extension() {
        return extension;
    }
}
