package org.hotlink.engine.impl;

import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VoidType;

/**
 * How the raw 64-bit return register of a function called as {@code i64 f(i64)} becomes the value
 * its IR type means: the bits above a narrower integer are undefined in the calling convention,
 * so they are replaced by the sign (as C's int does), {@code i1} is zero-extended, and a void
 * function gives 0.
 *
 * @param bits width of the returned integer, 64 for pointers, 0 for void
 */
record ReturnConversion(int bits) {
    static final ReturnConversion FULL = new ReturnConversion(64);

    /** The conversion for a return type, or null when the type is not an integer, a pointer or void. */
    static ReturnConversion of(Type type) {
        if (type instanceof VoidType) {
            return new ReturnConversion(0);
        }
        if (type instanceof PointerType) {
            return FULL;
        }
        if (type instanceof IntegerType integer && integer.bits() <= 64) {
            return new ReturnConversion(integer.bits());
        }
        return null;
    }

    long apply(long raw) {
        if (bits == 0) {
            return 0;
        }
        if (bits == 1) {
            return raw & 1;
        }
        if (bits >= 64) {
            return raw;
        }
        int unused = 64 - bits;
        return (raw << unused) >> unused;
    }
}
