package org.hotlink.x86.asm;

/**
 * One-operand integer operations of group 3 (F6/F7 /digit; Intel SDM Vol. 2A/2B NOT, NEG, MUL, IMUL, DIV,
 * IDIV). MUL, IMUL, DIV and IDIV work on the implicit RDX:RAX pair.
 */
public enum UnaryOperation {
    NOT(2), NEG(3), MUL(4), IMUL(5), DIV(6), IDIV(7);

    private final int extension;

    UnaryOperation(int extension) {
        this.extension = extension;
    }

    int extension() {
        return extension;
    }
}
