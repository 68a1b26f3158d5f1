package org.hotlink.linker.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;

/**
 * An object's symbols by name, checked for what the linker relies on: unique names, sections and
 * offsets in range, lazy definitions only for functions.
 */
final class ObjectSymbolIndex {
    private ObjectSymbolIndex() {
    }

    static Map<String, ObjectSymbol> of(RelocatableObject object) throws LinkException {
        String where = "module '" + object.moduleName() + "'";
        List<ObjectSection> sections = object.sections();
        Map<String, ObjectSymbol> symbols = new HashMap<>();
        for (ObjectSymbol symbol : object.symbols()) {
            if (symbols.put(symbol.name(), symbol) != null) {
                throw new LinkException(where + " has two symbols named '" + symbol.name() + "'");
            }
            if (symbol.isLazy()) {
                // A lazy definition has no section: only functions can be compiled later.
                if (symbol.kind() != SymbolKind.FUNCTION) {
                    throw new LinkException(where + ": lazy symbol '" + symbol.name() + "' is not a function");
                }
            } else if (symbol.isPlaced()) {
                if (symbol.section() < 0 || symbol.section() >= sections.size()) {
                    throw new LinkException(where + ": symbol '" + symbol.name() + "' names section " + symbol.section()
                            + " of " + sections.size());
                }
                if (symbol.offset() < 0 || symbol.offset() > sections.get(symbol.section()).size()) {
                    throw new LinkException(where + ": symbol '" + symbol.name() + "' lies outside its section");
                }
            } else if (symbol.section() != ObjectSymbol.UNDEFINED) {
                throw new LinkException(where + ": symbol '" + symbol.name() + "' has section index " + symbol.section());
            } else if (symbol.binding() == SymbolBinding.LOCAL) {
                throw new LinkException(where + ": local symbol '" + symbol.name() + "' is not defined");
            }
        }
        return symbols;
    }
}
