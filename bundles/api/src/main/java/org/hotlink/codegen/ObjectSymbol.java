package org.hotlink.codegen;

import java.util.Objects;

/**
 * A symbol of a relocatable object: defined at {@code offset} in section {@code section}, or
 * undefined ({@code section == UNDEFINED}) when the object only refers to it.
 *
 * @param name    the IR name without its sigil ({@code main}, {@code .str.1}); local names are unique within the object
 * @param kind    function or data
 * @param binding local, global or weak
 * @param section index into {@link RelocatableObject#sections()}, or {@link #UNDEFINED}
 * @param offset  byte offset of the definition inside its section
 * @param size    size of the definition in bytes (0 if unknown)
 */
public record ObjectSymbol(String name, SymbolKind kind, SymbolBinding binding, int section, long offset, long size) {
    public static final int UNDEFINED = -1;

    public ObjectSymbol {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(binding, "binding");
    }

    public static ObjectSymbol undefined(String name, SymbolKind kind, boolean weak) {
        return new ObjectSymbol(name, kind, weak ? SymbolBinding.WEAK : SymbolBinding.GLOBAL, UNDEFINED, 0, 0);
    }

    public boolean isDefined() {
        return section != UNDEFINED;
    }
}
