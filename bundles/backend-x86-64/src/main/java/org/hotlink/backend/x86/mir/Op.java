package org.hotlink.backend.x86.mir;

/**
 * Machine opcodes. {@code roles} gives, for each operand position, whether a register there is
 * defined (D), used (U), or used and then redefined (X, the two-address form); registers inside
 * memory operands are always uses. Integer ALU ops take a register or immediate second operand.
 */
public enum Op {
    MOV("DU"), MOV_IMM("D_"), LOAD("D_"), LOAD_ZX("D_"), LOAD_SX("D_"), STORE("_U"), STORE_IMM("__"), LEA("D_"),
    ADD("XU"), SUB("XU"), AND("XU"), OR("XU"), XOR("XU"), IMUL("XU"), ADC("XU"), SBB("XU"),
    CMP("UU"), TEST("UU"),
    SHL("X"), SHR("X"), SAR("X"), ROL("X"), ROR("X"),
    SHL_IMM("X_"), SHR_IMM("X_"), SAR_IMM("X_"), ROL_IMM("X_"), ROR_IMM("X_"),
    /** Double-precision shifts: operand 0 shifted with bits coming in from operand 1 (count in CL or an immediate). */
    SHLD("XU"), SHRD("XU"), SHLD_IMM("XU_"), SHRD_IMM("XU_"),
    NEG("X"), NOT("X"), BSWAP("X"),
    MOVZX("DU"), MOVSX("DU"),
    /** CWD/CDQ/CQO by width: sign of RAX into RDX. */
    SIGN_EXTEND_AX(""),
    DIV("U"), IDIV("U"), MUL_WIDE("U"), IMUL_WIDE("U"),
    BSF("DU"), BSR("DU"), POPCNT("DU"),
    SETCC("D"), CMOV("XU"),
    XCHG_MEM("X_"), XADD_MEM("X_"), CMPXCHG_MEM("_U"), MFENCE(""),
    JMP("_"), JCC("_"), JMP_REG("U"), JMP_TABLE("U_"), RET(""), UD2(""),
    CALL("_"), CALL_REG("U"),
    FMOV("DU"), FLOAD("D_"), FSTORE("_U"),
    FADD("XU"), FSUB("XU"), FMUL("XU"), FDIV("XU"), FMIN("XU"), FMAX("XU"), FSQRT("DU"),
    FAND("XU"), FOR("XU"), FXOR("XU"), FANDN("XU"),
    UCOMI("UU"),
    CVT_INT_TO_FLOAT("DU"), CVT_FLOAT_TO_INT("DU"), CVT_FLOAT_TO_FLOAT("DU"),
    MOVQ_TO_GPR("DU"), MOVQ_TO_XMM("DU"),
    /** SSE unpack-low of single floats (builds a {@code <2 x float>}). */
    UNPCKLPS("XU"), SHUFPS_IMM("XU_"),
    /** Marks the place of a label inside a block (block addresses); emits nothing. */
    LABEL_HERE("_");

    private final char[] roles;

    Op(String roles) {
        this.roles = roles.toCharArray();
    }

    /** The role of operand {@code i}: 'D', 'U', 'X', or '_' for a non-register operand. */
    public char role(int i) {
        return i < roles.length ? roles[i] : 'U';
    }

    public boolean isTerminator() {
        return this == JMP || this == JCC || this == JMP_REG || this == JMP_TABLE || this == RET || this == UD2;
    }
}
