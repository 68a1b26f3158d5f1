package org.hotlink.x86.asm;

import java.util.Objects;

/**
 * A relocation against a symbol outside the code buffer, as an ELF assembler would write it into
 * {@code .rela.text}.
 *
 * @param offset byte offset of the patched field from the start of the buffer
 * @param kind the ELF relocation type
 * @param symbol the symbol's name, never empty
 * @param addend the ELF addend; for a 32-bit PC-relative field it already includes the distance from the
 *     field to the end of the instruction (for example -4 for {@code call sym})
 */
public record AsmRelocation(int offset, RelocationKind kind, String symbol, long addend) {
    public AsmRelocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbol, "symbol");
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("relocation symbol name must not be empty");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("relocation offset must be >= 0, was " + offset);
        }
    }
}
