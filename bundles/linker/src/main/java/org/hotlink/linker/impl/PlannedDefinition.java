package org.hotlink.linker.impl;

import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.SymbolBinding;

/**
 * A definition candidate as an update will leave it: one already in the table (fixed address), one
 * of a new object (address known once the object is placed), or kept data of a new object (the
 * old version's storage).
 *
 * @param module       the defining module
 * @param binding      GLOBAL, WEAK or LOCAL
 * @param source       the new object that defines it, or null for a definition already in the table
 * @param symbol       the symbol in {@code source}, or null
 * @param fixedAddress the address of an existing definition, or the old storage kept data keeps
 * @param fixed        whether {@code fixedAddress} is the address, rather than where {@code symbol} is placed
 */
record PlannedDefinition(String module, SymbolBinding binding, PlannedObject source, ObjectSymbol symbol, long fixedAddress,
                         boolean fixed) implements DefinitionCandidate {
    static PlannedDefinition existing(Definition definition) {
        return new PlannedDefinition(definition.module(), definition.binding(), null, null, definition.address(), true);
    }

    static PlannedDefinition placed(PlannedObject source, ObjectSymbol symbol) {
        return new PlannedDefinition(source.moduleName(), symbol.binding(), source, symbol, 0, false);
    }

    static PlannedDefinition kept(PlannedObject source, ObjectSymbol symbol, long oldStorage) {
        return new PlannedDefinition(source.moduleName(), symbol.binding(), source, symbol, oldStorage, true);
    }

    /** Whether it is a definition already in the table (of a loaded version). */
    boolean isExisting() {
        return source == null;
    }

    /** Its address; for a new object's own storage, valid once the object is placed. */
    long address() {
        return fixed ? fixedAddress : source.placement().addressOf(symbol);
    }

    Definition toDefinition() {
        return new Definition(module, binding, address());
    }
}
