package org.hotlink.engine.impl;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hotlink.diagnostic.IncompatibleRedefinitionException;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Module;
import org.hotlink.ir.Type;

/**
 * Decides, before anything is compiled, what a batch of redefinitions keeps and what it refreshes
 * (docs/hot-swap.md, "Redefinition rules"), comparing each module's new IR with the version loaded:
 *
 * <ul>
 * <li>a global variable defined in both versions, in neither a {@code constant}, with the same value
 * type keeps its storage (and so its current value);</li>
 * <li>a function defined in both with a different function type gets a fresh entry stub, and a global
 * defined in both with a different value type gets fresh storage; either is refused when a loaded
 * module outside the batch refers to the name, since its code was compiled against the old type.</li>
 * </ul>
 * Pure: reads the IR, changes nothing.
 */
final class RedefinitionPlan {
    /**
     * What the linker keeps and refreshes for one module of the batch.
     *
     * @param keptData       data names (global or local) whose old storage the new version uses
     * @param freshFunctions function names (global or local) whose signature changed
     */
    record ModuleChanges(Set<String> keptData, Set<String> freshFunctions) {
        ModuleChanges {
            keptData = Set.copyOf(keptData);
            freshFunctions = Set.copyOf(freshFunctions);
        }
    }

    private final Map<String, Module> loaded;
    private final Map<String, Module> batch;

    private RedefinitionPlan(Map<String, Module> loaded, Map<String, Module> batch) {
        this.loaded = loaded;
        this.batch = batch;
    }

    /**
     * @param loaded the modules loaded now, by name (current versions)
     * @param batch  the new versions, by module name (parsed and verified); names not loaded are additions
     * @return for every module of the batch, in batch order, what it keeps and refreshes
     * @throws IncompatibleRedefinitionException naming the changed symbol and a module outside the
     *         batch that refers to it, located at the new definition
     */
    static Map<String, ModuleChanges> plan(Map<String, Module> loaded, Map<String, Module> batch)
            throws IncompatibleRedefinitionException {
        return new RedefinitionPlan(loaded, batch).decide();
    }

    private Map<String, ModuleChanges> decide() throws IncompatibleRedefinitionException {
        Map<String, ModuleChanges> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Module> entry : batch.entrySet()) {
            Module old = loaded.get(entry.getKey());
            changes.put(entry.getKey(), old == null ? new ModuleChanges(Set.of(), Set.of())
                    : compare(entry.getKey(), old, entry.getValue()));
        }
        return changes;
    }

    private ModuleChanges compare(String moduleName, Module old, Module updated) throws IncompatibleRedefinitionException {
        Set<String> kept = new LinkedHashSet<>();
        Set<String> fresh = new LinkedHashSet<>();
        for (Function function : updated.functions()) {
            Function before = old.function(function.name());
            if (function.isDeclaration() || before == null || before.isDeclaration()) {
                continue;
            }
            if (!TypeEquivalence.same(before.functionType(), function.functionType())) {
                checkNoOutsideReferrer(moduleName, function, "function", before.functionType(), function.functionType());
                fresh.add(function.name());
            }
        }
        for (GlobalVariable global : updated.globals()) {
            GlobalVariable before = old.global(global.name());
            if (global.isDeclaration() || before == null || before.isDeclaration()) {
                continue;
            }
            if (!TypeEquivalence.same(before.valueType(), global.valueType())) {
                checkNoOutsideReferrer(moduleName, global, "global", before.valueType(), global.valueType());
            } else if (!global.isConstant() && !before.isConstant()) {
                kept.add(global.name());
            }
        }
        return new ModuleChanges(kept, fresh);
    }

    private void checkNoOutsideReferrer(String moduleName, GlobalValue symbol, String what, Type before, Type after)
            throws IncompatibleRedefinitionException {
        if (symbol.linkage().isLocal()) {
            return; // only its own module, which is being redefined, can name it
        }
        for (Map.Entry<String, Module> entry : loaded.entrySet()) {
            if (batch.containsKey(entry.getKey())) {
                continue;
            }
            GlobalValue reference = entry.getValue().globalValue(symbol.name());
            if (reference != null && !reference.linkage().isLocal()) {
                throw new IncompatibleRedefinitionException(what + " '" + symbol.name() + "' changes its type from "
                        + before + " to " + after + " in module '" + moduleName + "', but module '" + entry.getKey()
                        + "' refers to it; redefine both together", locationOf(symbol));
            }
        }
    }

    private static SourceLocation locationOf(GlobalValue symbol) {
        return symbol.location() == null ? SourceLocation.UNKNOWN : symbol.location();
    }
}
