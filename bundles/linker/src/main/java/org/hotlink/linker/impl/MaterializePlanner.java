package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.ModuleReplacement;

/**
 * Plans one lazy function's code against the table. Each symbol of the object resolves, in order,
 * to the object's own definition (the function, replacing the module's lazy candidate, or a
 * private local table), else the module version's local of that name (the function was compiled
 * alone, so the module's own {@code @.str} or internal functions are undefined references in it),
 * else the global name. A global name new to the table gets an entry (and a stub for a function)
 * bound at once to the external that the external symbols give, since nothing else would bind it
 * before the code runs. Changes nothing a reader of the table sees; on failure it gives back
 * what it took. Runs under the layer's lock.
 */
final class MaterializePlanner {
    private final LinkTable table;
    private final LoadedModule module;

    MaterializePlanner(LinkTable table, LoadedModule module) {
        this.table = table;
        this.module = module;
    }

    /**
     * @param entry the function's entry (a local of the module or a global name)
     * @param lazy  the module's lazy candidate in it, whose binding the code's definition keeps
     */
    MaterializePlan plan(LazyFunction function, RelocatableObject code, SymbolEntry entry, Definition lazy) throws LinkException {
        Map<String, PlannedName> scope = new LinkedHashMap<>();
        PlannedObject object = new PlannedObject(new ModuleReplacement(module.name(), code, Set.of(), Set.of()),
                ObjectSymbolIndex.of(code), module, scope);
        PlannedName self = PlannedName.of(entry, Set.of());
        List<PlannedName> resolved = new ArrayList<>();
        List<PlannedName> created = new ArrayList<>();
        Set<String> newReferences = new HashSet<>();
        MaterializePlan plan = new MaterializePlan(object, self, resolved, created, newReferences);
        try {
            for (ObjectSymbol symbol : code.symbols()) {
                Map<String, PlannedName> names = symbol.binding() == SymbolBinding.LOCAL ? object.locals() : scope;
                if (symbol.name().equals(function.name())) {
                    self.offer(PlannedDefinition.materialized(module.name(), lazy.binding(), object, symbol));
                    names.put(symbol.name(), self);
                } else if (symbol.isDefined()) {
                    // Private local data (LazyCodeChecks allows nothing else): seen only by this code.
                    PlannedName own = PlannedName.created(symbol.name(), symbol.kind(), null);
                    own.offer(PlannedDefinition.placed(object, symbol));
                    resolved.add(own);
                    names.put(symbol.name(), own);
                } else {
                    PlannedName name = resolveReference(symbol, plan);
                    resolved.add(name);
                    if (name.kind() != symbol.kind()) {
                        throw new LinkException("symbol '" + symbol.name() + "' is " + describe(symbol.kind()) + " in "
                                + object.where() + "'s lazy function '" + function.name() + "' but " + describe(name.kind())
                                + " in its scope");
                    }
                    names.put(symbol.name(), name);
                }
            }
            return plan;
        } catch (LinkException | RuntimeException e) {
            plan.giveBack(table.stubs, table.gots);
            throw e;
        }
    }

    private PlannedName resolveReference(ObjectSymbol symbol, MaterializePlan plan) throws LinkException {
        SymbolEntry local = module.locals().get(symbol.name());
        if (local != null) {
            return PlannedName.of(local, Set.of());
        }
        SymbolEntry global = table.globals.get(symbol.name());
        PlannedName name;
        if (global != null) {
            name = PlannedName.of(global, Set.of());
        } else {
            // Looked up before the stub is taken: nothing that can fail lies between taking it and
            // the caller listing the name among those given back on failure.
            OptionalLong external = table.externals.lookup(symbol.name());
            EntryStub stub = symbol.kind() == SymbolKind.FUNCTION ? table.stubs.take(symbol.name()) : null;
            name = PlannedName.created(symbol.name(), symbol.kind(), stub);
            name.entry().bindExternal(external);
            plan.createdGlobals().add(name);
        }
        if (!module.definedGlobals().contains(symbol.name())) {
            name.addReference(module.name(), symbol.binding() != SymbolBinding.WEAK);
            if (!module.referencedGlobals().contains(symbol.name())) {
                plan.newReferences().add(symbol.name());
            }
        }
        return name;
    }

    private static String describe(SymbolKind kind) {
        return kind == SymbolKind.FUNCTION ? "a function" : "data";
    }
}
