package org.hotlink.codegen;

import java.util.Objects;

/**
 * A patch inside a section. The target is either a named symbol of the object's symbol table
 * (defined in the object, or resolved by the linker) or, when {@code symbol} is null, the start of
 * section {@code targetSection} of the same object (for jump tables and other anonymous data).
 *
 * @param offset        byte offset of the patched field inside its section
 * @param type          how the value is computed and stored
 * @param symbol        target symbol name, or null for a section-relative target
 * @param targetSection index of the target section when {@code symbol} is null, else ignored
 * @param addend        the constant A of the formula
 */
public record Relocation(int offset, RelocationType type, String symbol, int targetSection, long addend) {
    public Relocation {
        Objects.requireNonNull(type, "type");
        if (offset < 0) {
            throw new IllegalArgumentException("negative relocation offset " + offset);
        }
    }

    public static Relocation toSymbol(int offset, RelocationType type, String symbol, long addend) {
        return new Relocation(offset, type, Objects.requireNonNull(symbol, "symbol"), -1, addend);
    }

    public static Relocation toSection(int offset, RelocationType type, int targetSection, long addend) {
        return new Relocation(offset, type, null, targetSection, addend);
    }

    public boolean isSectionRelative() {
        return symbol == null;
    }
}
