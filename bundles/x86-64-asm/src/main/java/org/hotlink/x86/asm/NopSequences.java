package org.hotlink.x86.asm;

/**
 * The recommended multi-byte NOP forms (Intel SDM Vol. 2B, NOP, Table 4-12): 1 to 9 bytes, and 10 to 15
 * bytes by adding 0x66 prefixes to the 9-byte form's {@code nopw}. Padding uses the 1 to 9 byte forms
 * only, because many CPUs decode instructions with several prefixes slowly.
 */
final class NopSequences {
    /** Longest single NOP instruction (the architectural instruction length limit). */
    static final int MAX_LENGTH = 15;
    /** Longest NOP used for padding: the longest form without extra prefixes. */
    static final int MAX_PADDING_LENGTH = 9;

    private static final int[][] FORMS = {
        {},
        {0x90},
        {0x66, 0x90},
        {0x0F, 0x1F, 0x00},
        {0x0F, 0x1F, 0x40, 0x00},
        {0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
        {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };

    private NopSequences() {
    }

    /** Emits one NOP instruction of exactly {@code length} bytes (1..15). */
    static void emitSingle(CodeBuffer buffer, int length) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a single NOP is 1 to 15 bytes long, not " + length);
        }
        int extraPrefixes = Math.max(0, length - 9);
        for (int i = 0; i < extraPrefixes; i++) {
            buffer.emit8(0x66);
        }
        for (int b : FORMS[length - extraPrefixes]) {
            buffer.emit8(b);
        }
    }

    /** Emits {@code length} bytes of NOPs (0 allowed) using as few instructions as possible. */
    static void emit(CodeBuffer buffer, int length) {
        int remaining = length;
        while (remaining > 0) {
            int chunk = Math.min(remaining, MAX_PADDING_LENGTH);
            emitSingle(buffer, chunk);
            remaining -= chunk;
        }
    }
}
