package org.hotlink.linker.impl;

import org.hotlink.codegen.RelocationType;

/**
 * The relocation formulas of the x86-64 psABI (S symbol, A addend, P patched place, G GOT slot)
 * and how their values are stored: little-endian, 8 bytes for X86_64_64, 4 signed bytes for the
 * PC-relative kinds.
 */
final class RelocationPatch {
    private RelocationPatch() {
    }

    /** The value to store, before any range check. {@code got} is only read for X86_64_GOTPCREL. */
    static long value(RelocationType type, long symbol, long addend, long place, long got) {
        return switch (type) {
            case X86_64_64 -> symbol + addend;
            case X86_64_PC32, X86_64_PLT32 -> symbol + addend - place;
            case X86_64_GOTPCREL -> got + addend - place;
        };
    }

    /** Whether a value fits the field: every 64-bit value does; 32-bit fields are signed. */
    static boolean fits(RelocationType type, long value) {
        return type.width() == 8 || (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE);
    }

    static void store(byte[] bytes, int offset, int width, long value) {
        for (int i = 0; i < width; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    static byte[] littleEndian(long value, int width) {
        byte[] bytes = new byte[width];
        store(bytes, 0, width, value);
        return bytes;
    }
}
