package org.hotlink.linker.impl;

import java.util.List;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.diagnostic.DuplicateSymbolException;

/**
 * How the definitions of one name combine, as an ELF static linker combines them: two strong
 * (GLOBAL or LOCAL) definitions are an error, a strong one beats weak ones, and among weak ones
 * the first (in load order) stays. Candidates are kept per name, so when a module leaves the rule
 * is applied again to the others and a weak definition can take over. Stateless.
 */
final class DefinitionRules {
    private DefinitionRules() {
    }

    /** The candidate in effect: the strong one, else the first weak one, else null. */
    static <T extends DefinitionCandidate> T inEffect(List<T> candidates) {
        T firstWeak = null;
        for (T candidate : candidates) {
            if (candidate.binding() != SymbolBinding.WEAK) {
                return candidate;
            }
            if (firstWeak == null) {
                firstWeak = candidate;
            }
        }
        return firstWeak;
    }

    /** Refuses a name with two strong candidates, naming both modules in load order. */
    static void checkOneStrong(String name, List<? extends DefinitionCandidate> candidates) throws DuplicateSymbolException {
        DefinitionCandidate strong = null;
        for (DefinitionCandidate candidate : candidates) {
            if (candidate.binding() == SymbolBinding.WEAK) {
                continue;
            }
            if (strong != null) {
                throw new DuplicateSymbolException("symbol '" + name + "' is defined in both module '" + strong.module()
                        + "' and module '" + candidate.module() + "'", name, null);
            }
            strong = candidate;
        }
    }
}
