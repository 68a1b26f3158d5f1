package org.hotlink.x86.asm;

/** The sixteen SSE registers XMM0..XMM15 in hardware encoding order (Intel SDM Vol. 1, 10.2.2). */
public enum Xmm {
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7, XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

    /** The 4-bit hardware number (0..15). */
    public int encoding() {
        return ordinal();
    }
}
