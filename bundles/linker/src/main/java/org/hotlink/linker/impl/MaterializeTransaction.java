package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.RetiredMemory;

/**
 * One {@code LinkLayer.materialize}, all or nothing, as an update is: plan the function's code in
 * the module's scope, place it (code and its constant tables in one new allocation), patch,
 * finalize, and only then publish: the names it created or gave a GOT slot first, the function's
 * slot last (the one store that makes the code reachable). The code then belongs to the module
 * version, so it is retired, pinned or released with the version's own code. On any failure the
 * allocation is abandoned and the stubs and GOT slots taken are given back. Runs under the layer's lock.
 */
final class MaterializeTransaction {
    private final LinkTable table;

    MaterializeTransaction(LinkTable table) {
        this.table = table;
    }

    Optional<LinkedObject> run(LazyFunction function, RelocatableObject code) throws LinkException {
        LoadedModule module = table.modules.get(function.moduleName());
        if (module == null || module.version() != function.version()) {
            return Optional.empty();
        }
        SymbolEntry entry = module.locals().get(function.name());
        if (entry == null) {
            entry = table.globals.get(function.name());
        }
        Definition lazy = entry == null ? null : candidateOf(entry, module.name());
        if (lazy == null || !lazy.lazy()) {
            // Materialized already (by another thread), or never lazy in this version.
            return Optional.empty();
        }
        LazyCodeChecks.checkShape(function, code);
        MaterializePlan plan = new MaterializePlanner(table, module).plan(function, code, entry, lazy);
        PlannedObject object = plan.object();
        try {
            LazyCodeChecks.checkNothingFollows(object);
            object.setPlacement(new ObjectPlacer(table.arena).placeTogether(object));
            new ObjectPatcher(table.gots).patchAndWrite(object);
            object.placement().finalizeAll();
        } catch (MemoryException e) {
            abandon(plan);
            throw new LinkException(object.where() + ", lazy function '" + function.name() + "': " + e.getMessage(), null, e);
        } catch (LinkException | RuntimeException e) {
            abandon(plan);
            throw e;
        }
        return Optional.of(publish(function, module, plan));
    }

    private static Definition candidateOf(SymbolEntry entry, String module) {
        for (Definition candidate : entry.candidates()) {
            if (candidate.module().equals(module)) {
                return candidate;
            }
        }
        return null;
    }

    private void abandon(MaterializePlan plan) {
        if (plan.object().isPlaced()) {
            plan.object().placement().discard();
        }
        plan.giveBack(table.stubs, table.gots);
    }

    /** Makes the plan the table's state and stores the slots; allocates nothing and cannot fail. */
    private LinkedObject publish(LazyFunction function, LoadedModule module, MaterializePlan plan) {
        PlannedObject object = plan.object();
        for (PlannedName name : plan.resolved()) {
            name.apply();
            table.ownStub(name.entry(), null);
        }
        for (PlannedName created : plan.createdGlobals()) {
            table.globals.put(created.name(), created.entry());
        }
        plan.function().apply();
        // Everything the code reads (GOT slots, created names' slots) is stored before the one
        // store that lets a caller reach the code.
        for (PlannedName name : plan.resolved()) {
            name.entry().publish();
        }
        plan.function().entry().publish();
        List<CodeRange> bodies = bodiesOf(object);
        table.modules.put(module.name(),
                module.withMaterialized(new RetiredMemory(module.name(), object.placement().code(), bodies), plan.newReferences()));
        return new PlacedObject(module.name(), module.version(), Map.of(function.name(), plan.function().stubAddress()),
                codeBytesOf(object.object()), bodies);
    }

    private static List<CodeRange> bodiesOf(PlannedObject object) {
        List<CodeRange> bodies = new ArrayList<>();
        for (ObjectSymbol symbol : object.object().symbols()) {
            if (symbol.isPlaced() && symbol.kind() == SymbolKind.FUNCTION) {
                long size = symbol.size() > 0 ? symbol.size()
                        : object.object().sections().get(symbol.section()).size() - symbol.offset();
                bodies.add(new CodeRange(symbol.name(), object.placement().addressOf(symbol), size));
            }
        }
        return bodies;
    }

    private static long codeBytesOf(RelocatableObject object) {
        long bytes = 0;
        for (ObjectSection section : object.sections()) {
            if (section.kind() == SectionKind.CODE) {
                bytes += section.size();
            }
        }
        return bytes;
    }
}
