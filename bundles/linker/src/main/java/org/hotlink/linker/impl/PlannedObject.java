package org.hotlink.linker.impl;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.ModuleReplacement;

/**
 * One new object of an update: its request, its symbols, the version it replaces (or null), the
 * planned state of its local names, and, once placed, where its sections are. Used by one update
 * under the layer's lock.
 */
final class PlannedObject {
    private final ModuleReplacement replacement;
    private final Map<String, ObjectSymbol> symbols;
    private final LoadedModule previous;
    private final Map<String, PlannedName> globals;
    private final Map<String, PlannedName> locals = new LinkedHashMap<>();
    private boolean pinsPreviousCode;
    private SectionPlacement placement;

    PlannedObject(ModuleReplacement replacement, Map<String, ObjectSymbol> symbols, LoadedModule previous,
                  Map<String, PlannedName> globals) {
        this.replacement = replacement;
        this.symbols = symbols;
        this.previous = previous;
        this.globals = globals;
    }

    String moduleName() {
        return replacement.moduleName();
    }

    RelocatableObject object() {
        return replacement.object();
    }

    ModuleReplacement replacement() {
        return replacement;
    }

    /** The version in effect that this object replaces, or null. */
    LoadedModule previous() {
        return previous;
    }

    Map<String, PlannedName> locals() {
        return locals;
    }

    /** Whether a detached stub will still lead into the previous version's code, so it must not be retired. */
    boolean pinsPreviousCode() {
        return pinsPreviousCode;
    }

    void pinPreviousCode() {
        pinsPreviousCode = true;
    }

    SectionPlacement placement() {
        LinkerChecks.check(placement != null, "an object is placed before addresses in it are asked for");
        return placement;
    }

    boolean isPlaced() {
        return placement != null;
    }

    void setPlacement(SectionPlacement sections) {
        placement = sections;
    }

    /** The planned state of a symbol of this object: its own local, or the global name. */
    PlannedName nameOf(ObjectSymbol symbol) {
        PlannedName name = symbol.binding() == SymbolBinding.LOCAL ? locals.get(symbol.name()) : globals.get(symbol.name());
        LinkerChecks.check(name != null, "every symbol of a new object is planned");
        return name;
    }

    ObjectSymbol symbolOf(Relocation relocation) throws LinkException {
        ObjectSymbol symbol = symbols.get(relocation.symbol());
        if (symbol == null) {
            throw new LinkException(where() + ": a relocation names '" + relocation.symbol() + "', which is not in its symbol table");
        }
        return symbol;
    }

    ObjectSymbol symbolNamed(String name) {
        return symbols.get(name);
    }

    String where() {
        return "module '" + moduleName() + "'";
    }
}
