package org.hotlink.linker.impl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.ModuleReplacement;

/**
 * Step 1 of an update: the table as it will be. Checks the request (each module once, removed
 * modules loaded), takes the batch's old definitions and references out and puts the new ones in
 * (a new version's definition takes its old version's place in load order), checks kinds and
 * duplicate strong definitions, matches local names with the old version's, resolves kept data
 * to the old storage, and takes stubs for new names and fresh functions. Changes nothing a reader
 * of the table sees; on failure it gives back what it took. Runs under the layer's lock.
 */
final class UpdatePlanner {
    private final LinkTable table;

    UpdatePlanner(LinkTable table) {
        this.table = table;
    }

    UpdatePlan plan(List<ModuleReplacement> replacements) throws LinkException, DuplicateSymbolException {
        UpdatePlan plan = new UpdatePlan(batchModules(replacements));
        try {
            for (ModuleReplacement replacement : replacements) {
                LoadedModule previous = table.modules.get(replacement.moduleName());
                if (previous != null) {
                    touchNamesOf(previous, plan);
                }
                if (replacement.isRemoval()) {
                    plan.removed().add(previous);
                } else {
                    plan.objects().add(new PlannedObject(replacement, ObjectSymbolIndex.of(replacement.object()), previous,
                            plan.globals()));
                }
            }
            for (PlannedObject object : plan.objects()) {
                planSymbols(object, plan);
            }
            for (PlannedName name : plan.allNames()) {
                name.dropLeaving(plan.batchModules());
                DefinitionRules.checkOneStrong(name.name(), name.candidates());
            }
            return plan;
        } catch (LinkException | DuplicateSymbolException | RuntimeException e) {
            plan.giveBack(table.stubs, table.gots);
            throw e;
        }
    }

    private Set<String> batchModules(List<ModuleReplacement> replacements) throws LinkException {
        Set<String> modules = new HashSet<>();
        for (ModuleReplacement replacement : replacements) {
            if (!modules.add(replacement.moduleName())) {
                throw new LinkException("module '" + replacement.moduleName() + "' appears twice in one update");
            }
            if (replacement.isRemoval() && !table.modules.containsKey(replacement.moduleName())) {
                throw new LinkException("module '" + replacement.moduleName() + "' cannot be removed: it is not loaded");
            }
        }
        return modules;
    }

    /** Plans every global name the old version defines or refers to, so its part is taken out. */
    private void touchNamesOf(LoadedModule previous, UpdatePlan plan) {
        for (String name : previous.definedGlobals()) {
            plannedGlobal(name, plan);
        }
        for (String name : previous.referencedGlobals()) {
            plannedGlobal(name, plan);
        }
    }

    private PlannedName plannedGlobal(String name, UpdatePlan plan) {
        return plan.globals().computeIfAbsent(name, n -> {
            SymbolEntry entry = table.globals.get(n);
            LinkerChecks.check(entry != null, "a name a loaded module defines or refers to has an entry");
            return PlannedName.of(entry, plan.batchModules());
        });
    }

    private void planSymbols(PlannedObject object, UpdatePlan plan) throws LinkException {
        ModuleReplacement replacement = object.replacement();
        for (ObjectSymbol symbol : object.object().symbols()) {
            PlannedName name = symbol.binding() == SymbolBinding.LOCAL ? planLocal(object, symbol, plan)
                    : planGlobal(object, symbol, plan);
            if (!symbol.isDefined()) {
                name.addReference(object.moduleName(), symbol.binding() != SymbolBinding.WEAK);
                continue;
            }
            name.offer(definitionOf(object, symbol, name));
            if (symbol.kind() == SymbolKind.FUNCTION && replacement.freshFunctions().contains(symbol.name())
                    && name.oldDefinitionOf(object.moduleName()) != null) {
                Definition old = name.entry().definition();
                name.detachStub(table.stubs);
                if (old != null && old.module().equals(object.moduleName())) {
                    object.pinPreviousCode();
                }
            }
        }
        for (String kept : replacement.keptData()) {
            ObjectSymbol symbol = object.symbolNamed(kept);
            if (symbol == null || !symbol.isDefined() || symbol.kind() != SymbolKind.DATA) {
                throw new LinkException(object.where() + ": kept data '" + kept + "' is not data the new version defines");
            }
        }
    }

    /**
     * A new version's definition; kept data resolves to the storage of the version in effect, a lazy
     * function to the lazy landing of the stub the name will have.
     */
    private static PlannedDefinition definitionOf(PlannedObject object, ObjectSymbol symbol, PlannedName name)
            throws LinkException {
        if (symbol.isLazy()) {
            return PlannedDefinition.lazy(object, symbol);
        }
        if (!object.replacement().keptData().contains(symbol.name())) {
            return PlannedDefinition.placed(object, symbol);
        }
        Definition old = name.oldDefinitionOf(object.moduleName());
        if (old == null) {
            throw new LinkException(object.where() + ": kept data '" + symbol.name()
                    + "' is not defined by the version in effect");
        }
        return PlannedDefinition.kept(object, symbol, old.address());
    }

    private PlannedName planGlobal(PlannedObject object, ObjectSymbol symbol, UpdatePlan plan) throws LinkException {
        PlannedName name = plan.globals().get(symbol.name());
        if (name == null) {
            SymbolEntry entry = table.globals.get(symbol.name());
            name = entry != null ? PlannedName.of(entry, plan.batchModules())
                    : PlannedName.created(symbol.name(), symbol.kind(), stubFor(symbol));
            plan.globals().put(symbol.name(), name);
        }
        if (name.kind() != symbol.kind()) {
            throw new LinkException("symbol '" + symbol.name() + "' is " + describe(symbol.kind()) + " in " + object.where()
                    + " but " + describe(name.kind()) + " elsewhere");
        }
        return name;
    }

    /** A local is matched by name (and kind) with the old version's, so it keeps its stub and storage. */
    private PlannedName planLocal(PlannedObject object, ObjectSymbol symbol, UpdatePlan plan) throws LinkException {
        SymbolEntry old = object.previous() == null ? null : object.previous().locals().get(symbol.name());
        PlannedName name = old != null && old.kind() == symbol.kind() ? PlannedName.of(old, plan.batchModules())
                : PlannedName.created(symbol.name(), symbol.kind(), stubFor(symbol));
        object.locals().put(symbol.name(), name);
        return name;
    }

    private EntryStub stubFor(ObjectSymbol symbol) throws LinkException {
        return symbol.kind() == SymbolKind.FUNCTION ? table.stubs.take(symbol.name()) : null;
    }

    private static String describe(SymbolKind kind) {
        return kind == SymbolKind.FUNCTION ? "a function" : "data";
    }
}
