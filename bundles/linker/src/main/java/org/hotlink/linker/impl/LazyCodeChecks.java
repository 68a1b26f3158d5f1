package org.hotlink.linker.impl;

import java.util.List;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.LazyFunction;

/**
 * What the code compiled for one lazy function may hold: the function itself (same name, a
 * function, placed in a code section) and private local data (constant and jump tables), in code
 * and read-only sections only. Anything else would define names the module version's record does
 * not know, or leave writable memory with references that follow their targets inside code that
 * is retired with the version. Stateless.
 */
final class LazyCodeChecks {
    private LazyCodeChecks() {
    }

    /** Checks the object's module, sections and definitions before anything is planned. */
    static void checkShape(LazyFunction function, RelocatableObject object) throws LinkException {
        String where = "code of lazy function '" + function.name() + "' of module '" + function.moduleName() + "'";
        if (!object.moduleName().equals(function.moduleName())) {
            throw new LinkException(where + " was compiled for module '" + object.moduleName() + "'");
        }
        for (ObjectSection section : object.sections()) {
            if (section.kind() != SectionKind.CODE && section.kind() != SectionKind.READ_ONLY_DATA) {
                throw new LinkException(where + " has " + section.kind() + " section " + section.name()
                        + "; only code and read-only tables are allowed");
            }
        }
        boolean found = false;
        for (ObjectSymbol symbol : object.symbols()) {
            if (!symbol.isDefined()) {
                continue;
            }
            if (symbol.name().equals(function.name())) {
                if (symbol.kind() != SymbolKind.FUNCTION || !symbol.isPlaced()
                        || object.sections().get(symbol.section()).kind() != SectionKind.CODE) {
                    throw new LinkException(where + " does not define it as a function with code");
                }
                found = true;
            } else if (symbol.isLazy() || symbol.binding() != SymbolBinding.LOCAL || symbol.kind() != SymbolKind.DATA) {
                throw new LinkException(where + " also defines '" + symbol.name() + "'; it may define only the function"
                        + " and private local data");
            }
        }
        if (!found) {
            throw new LinkException(where + " does not define '" + function.name() + "'");
        }
    }

    /** Refuses 64-bit references that would have to be rewritten later: the object has no writable memory for them. */
    static void checkNothingFollows(PlannedObject object) throws LinkException {
        List<ObjectSection> sections = object.object().sections();
        for (ObjectSection section : sections) {
            for (Relocation relocation : section.relocations()) {
                if (ReferenceRules.mustFollowTarget(object, relocation)) {
                    throw new LinkException("code of lazy function in " + object.where() + ": reference to '"
                            + relocation.symbol() + "' in " + section.name() + " would have to follow its target later");
                }
            }
        }
    }
}
