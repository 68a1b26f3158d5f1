package org.hotlink.x86.asm;

/**
 * The eight classic two-operand integer operations sharing one opcode pattern (Intel SDM Vol. 2A, ADD):
 * {@code op*8 + 0..5} for the register forms and the accumulator short forms, and extension {@code /op}
 * of 80/81/83 for the immediate forms.
 */
public enum AluOperation {
    ADD, OR, ADC, SBB, AND, SUB, XOR, CMP;

    /** The 3-bit operation number: the ModRM reg extension of the immediate forms. */
    int extension() {
        return ordinal();
    }
}
