package org.hotlink.linker;

import java.util.Objects;
import java.util.Set;
import org.hotlink.codegen.RelocatableObject;

/**
 * One module's part of a {@link LinkLayer#update} transaction: its new object (replacing the
 * version in effect, if any) or, with a null object, its removal.
 *
 * @param moduleName     the module; equals {@code object.moduleName()} when an object is given
 * @param object         the new version, or null to remove the module
 * @param keptData       data symbols (global or local names) whose storage in the version in effect
 *                       is kept: the new version's code and data refer to the old address, so the
 *                       current value survives; the new version's own storage for them is unused
 * @param freshFunctions functions (global or local names) that get a new entry stub because their
 *                       signature changed; the old stub keeps pointing at the old code, which is
 *                       therefore never retired
 */
public record ModuleReplacement(String moduleName, RelocatableObject object, Set<String> keptData,
                                Set<String> freshFunctions) {
    public ModuleReplacement {
        Objects.requireNonNull(moduleName, "moduleName");
        if (object != null && !object.moduleName().equals(moduleName)) {
            throw new IllegalArgumentException("object of module '" + object.moduleName() + "' given for '" + moduleName + "'");
        }
        keptData = Set.copyOf(keptData);
        freshFunctions = Set.copyOf(freshFunctions);
    }

    /** Adds or replaces a module, keeping nothing of an earlier version. */
    public static ModuleReplacement of(RelocatableObject object) {
        return new ModuleReplacement(object.moduleName(), object, Set.of(), Set.of());
    }

    /** Removes a module. */
    public static ModuleReplacement removal(String moduleName) {
        return new ModuleReplacement(moduleName, null, Set.of(), Set.of());
    }

    public boolean isRemoval() {
        return object == null;
    }
}
