package org.hotlink.codegen;

import java.util.Objects;

/**
 * A symbol of a relocatable object: defined at {@code offset} in section {@code section};
 * undefined ({@code section == UNDEFINED}) when the object only refers to it; or a lazy function
 * definition ({@code section == LAZY}): the module defines the function but the object has no code
 * for it yet, so the linker leads its entry stub to the lazy-compile trampoline.
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
    /** Section index of a lazy function definition, which has no code in the object. */
    public static final int LAZY = -2;

    public ObjectSymbol {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(binding, "binding");
    }

    public static ObjectSymbol undefined(String name, SymbolKind kind, boolean weak) {
        return new ObjectSymbol(name, kind, weak ? SymbolBinding.WEAK : SymbolBinding.GLOBAL, UNDEFINED, 0, 0);
    }

    /** A function the module defines whose code is compiled on its first call. */
    public static ObjectSymbol lazy(String name, SymbolBinding binding) {
        return new ObjectSymbol(name, SymbolKind.FUNCTION, binding, LAZY, 0, 0);
    }

    /** Whether the object defines the symbol: with code or data in a section, or lazily. */
    public boolean isDefined() {
        return section != UNDEFINED;
    }

    /** Whether this is a lazy function definition, with no section. */
    public boolean isLazy() {
        return section == LAZY;
    }

    /** Whether the definition lies in one of the object's sections. */
    public boolean isPlaced() {
        return section >= 0;
    }
}
