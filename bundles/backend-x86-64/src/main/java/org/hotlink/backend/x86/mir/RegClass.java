package org.hotlink.backend.x86.mir;

/** Register classes: general-purpose (integers, pointers) and XMM (float, double, small vectors). */
public enum RegClass {
    GPR, XMM
}
