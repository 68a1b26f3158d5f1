package org.hotlink.linker.impl;

import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.SymbolBinding;

/**
 * A definition candidate as an update will leave it: one already in the table (fixed address), one
 * of a new object (address known once the object is placed), kept data of a new object (the
 * old version's storage), or a lazy function (address: the lazy landing of the stub the name
 * has once the update is in effect, which {@link PlannedName} knows; a fresh function's new stub).
 *
 * @param module       the defining module
 * @param binding      GLOBAL, WEAK or LOCAL
 * @param source       the new object that defines it, or null for a definition already in the table
 * @param symbol       the symbol in {@code source}, or null
 * @param fixedAddress the address of an existing definition, or the old storage kept data keeps
 * @param fixed        whether {@code fixedAddress} is the address, rather than where {@code symbol} is placed
 * @param lazy         whether it is a lazy function definition (its address is then the stub's lazy landing)
 */
record PlannedDefinition(String module, SymbolBinding binding, PlannedObject source, ObjectSymbol symbol, long fixedAddress,
                         boolean fixed, boolean lazy) implements DefinitionCandidate {
    static PlannedDefinition existing(Definition definition) {
        return new PlannedDefinition(definition.module(), definition.binding(), null, null, definition.address(), true,
                definition.lazy());
    }

    static PlannedDefinition placed(PlannedObject source, ObjectSymbol symbol) {
        return new PlannedDefinition(source.moduleName(), symbol.binding(), source, symbol, 0, false, false);
    }

    /** Code placed for a lazy function of {@code module}, taking the binding its lazy definition had. */
    static PlannedDefinition materialized(String module, SymbolBinding binding, PlannedObject source, ObjectSymbol symbol) {
        return new PlannedDefinition(module, binding, source, symbol, 0, false, false);
    }

    static PlannedDefinition kept(PlannedObject source, ObjectSymbol symbol, long oldStorage) {
        return new PlannedDefinition(source.moduleName(), symbol.binding(), source, symbol, oldStorage, true, false);
    }

    static PlannedDefinition lazy(PlannedObject source, ObjectSymbol symbol) {
        return new PlannedDefinition(source.moduleName(), symbol.binding(), source, symbol, 0, true, true);
    }

    /** Whether it is a definition already in the table (of a loaded version). */
    boolean isExisting() {
        return source == null;
    }

    /**
     * Its address given the stub the name will have; for a new object's own storage, valid once
     * the object is placed. A lazy definition always leads to the final stub's lazy landing, so an
     * existing one follows the name to a fresh stub too.
     */
    long address(EntryStub finalStub) {
        if (lazy) {
            LinkerChecks.check(finalStub != null, "a lazy definition is a function's, with a stub");
            return finalStub.lazyLanding();
        }
        return fixed ? fixedAddress : source.placement().addressOf(symbol);
    }

    Definition toDefinition(EntryStub finalStub) {
        return new Definition(module, binding, address(finalStub), lazy);
    }
}
