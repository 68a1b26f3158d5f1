package org.hotlink.backend.x86.mir;

/**
 * Register numbering shared by the machine IR: 0..15 are the general-purpose registers in
 * hardware encoding order (RAX=0 ... R15=15), 16..31 are XMM0..XMM15, and every number from
 * {@link #FIRST_VIRTUAL} on is a virtual register of the function.
 */
public final class Regs {
    public static final int RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
    public static final int R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15;
    public static final int XMM0 = 16;
    public static final int FIRST_VIRTUAL = 32;
    /** Marks an absent register field. */
    public static final int NONE = -1;

    /** Integer argument registers of the System V ABI, in order. */
    public static final int[] GPR_ARGUMENTS = {RDI, RSI, RDX, RCX, R8, R9};
    /** Registers a call may change (System V ABI: all XMM and these GPRs). */
    public static final int[] GPR_CALLER_SAVED = {RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11};
    /** Registers a function must preserve, besides RBP and RSP. */
    public static final int[] GPR_CALLEE_SAVED = {RBX, R12, R13, R14, R15};

    private Regs() {
    }

    public static int xmm(int n) {
        return XMM0 + n;
    }

    public static boolean isVirtual(int reg) {
        return reg >= FIRST_VIRTUAL;
    }

    public static boolean isPhysical(int reg) {
        return reg >= 0 && reg < FIRST_VIRTUAL;
    }

    public static boolean isXmm(int reg) {
        return reg >= XMM0 && reg < FIRST_VIRTUAL;
    }

    public static boolean isCalleeSaved(int reg) {
        for (int r : GPR_CALLEE_SAVED) {
            if (r == reg) {
                return true;
            }
        }
        return false;
    }

    private static final String[] GPR_NAMES = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
            "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};

    public static String name(int reg) {
        if (reg == NONE) {
            return "none";
        }
        if (reg < 16) {
            return GPR_NAMES[reg];
        }
        if (reg < FIRST_VIRTUAL) {
            return "xmm" + (reg - XMM0);
        }
        return "v" + reg;
    }
}
