package org.hotlink.linker.impl;

import java.util.HashMap;
import java.util.Map;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;

/**
 * How a new object's definitions combine with the table, as an ELF static linker combines them:
 * two strong (GLOBAL) definitions are an error, a strong one replaces a weak one, and among weak
 * ones the first stays. A name is a function or data everywhere. Reads the table, changes nothing.
 */
final class DefinitionRules {
    private DefinitionRules() {
    }

    /** For each non-local definition of the object, whether it takes effect. */
    static Map<String, Boolean> decide(RelocatableObject object, Map<String, SymbolEntry> globals)
            throws LinkException, DuplicateSymbolException {
        Map<String, Boolean> wins = new HashMap<>();
        for (ObjectSymbol symbol : object.symbols()) {
            if (symbol.binding() == SymbolBinding.LOCAL) {
                continue;
            }
            SymbolEntry existing = globals.get(symbol.name());
            if (existing != null && existing.kind() != symbol.kind()) {
                throw new LinkException("symbol '" + symbol.name() + "' is " + describe(symbol.kind()) + " in module '"
                        + object.moduleName() + "' but " + describe(existing.kind()) + " elsewhere");
            }
            if (!symbol.isDefined()) {
                continue;
            }
            Definition current = existing == null ? null : existing.definition();
            if (current == null) {
                wins.put(symbol.name(), true);
            } else if (symbol.binding() == SymbolBinding.GLOBAL && current.binding() == SymbolBinding.GLOBAL) {
                throw new DuplicateSymbolException("symbol '" + symbol.name() + "' is defined in both module '"
                        + current.module() + "' and module '" + object.moduleName() + "'");
            } else {
                wins.put(symbol.name(), symbol.binding() == SymbolBinding.GLOBAL);
            }
        }
        return wins;
    }

    private static String describe(SymbolKind kind) {
        return kind == SymbolKind.FUNCTION ? "a function" : "data";
    }
}
