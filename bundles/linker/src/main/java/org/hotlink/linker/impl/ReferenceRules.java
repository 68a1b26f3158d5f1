package org.hotlink.linker.impl;

import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;

/**
 * Which 64-bit absolute references must follow later changes of their target's address, decided
 * against the table as the update will leave it. Such references are placed in read-write memory
 * and registered as {@link DeferredReference}s. Stateless.
 */
final class ReferenceRules {
    private ReferenceRules() {
    }

    /** Whether an X86_64_64 reference must be rewritten later: it waits for a definition or follows a weak one. */
    static boolean mustFollowTarget(PlannedObject object, Relocation relocation) throws LinkException {
        return relocation.type() == RelocationType.X86_64_64
                && (waitsForDefinition(object, relocation) || followsWeakDefinition(object, relocation));
    }

    /**
     * Whether a 64-bit absolute reference names something undefined once the update is in effect
     * (data with no definition or binding, or an extern_weak function nobody defines or strongly
     * references), so it must be rewritten once a definition arrives.
     */
    static boolean waitsForDefinition(PlannedObject object, Relocation relocation) throws LinkException {
        if (relocation.isSectionRelative()) {
            return false;
        }
        ObjectSymbol symbol = object.symbolOf(relocation);
        if (symbol.isDefined()) {
            return false;
        }
        PlannedName name = object.nameOf(symbol);
        if (symbol.kind() == SymbolKind.DATA) {
            return !name.isResolved();
        }
        return !name.isResolved() && !name.isStronglyReferenced() && symbol.binding() == SymbolBinding.WEAK;
    }

    /**
     * Whether a 64-bit absolute reference names data that this object defines WEAK: a strong
     * definition loaded later replaces it, so the reference is rewritten then.
     */
    static boolean followsWeakDefinition(PlannedObject object, Relocation relocation) throws LinkException {
        if (relocation.isSectionRelative()) {
            return false;
        }
        ObjectSymbol symbol = object.symbolOf(relocation);
        return symbol.isDefined() && symbol.kind() == SymbolKind.DATA && symbol.binding() == SymbolBinding.WEAK;
    }
}
