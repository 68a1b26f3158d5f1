package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.RetiredMemory;
import org.hotlink.memory.FinalizedAllocation;

/**
 * Steps 4 and 5 of an update, once every new object is finalized: makes the plan the table's
 * state (definitions, references, fresh stubs, GOT slots, module records), leads names no longer
 * defined to their undefined landings, stores every slot (one atomic store each), and collects
 * the memory that went out of use. Deferred references lying in retired data are dropped first,
 * so nothing writes into retired memory. Allocates nothing and cannot fail. Runs under the
 * layer's lock.
 */
final class UpdatePublisher {
    private final LinkTable table;

    UpdatePublisher(LinkTable table) {
        this.table = table;
    }

    LinkUpdate publish(UpdatePlan plan) {
        Outgoing outgoing = outgoingOf(plan);
        if (!outgoing.retiredData().isEmpty()) {
            for (SymbolEntry entry : table.globals.values()) {
                entry.dropDeferredWithin(outgoing.retiredData());
            }
        }
        List<LinkedObject> linked = applyToTable(plan);
        storeSlots(plan, outgoing);
        for (RetiredMemory memory : outgoing.retired()) {
            table.retired.add(memory.memory());
        }
        return new LinkUpdate(linked, outgoing.retired());
    }

    /**
     * What goes out of use: retired memory (with the ranges of retired data, whose deferred
     * references must be dropped), locals no version defines any more, and detached stubs of
     * removed modules.
     */
    private record Outgoing(List<RetiredMemory> retired, List<MemoryRange> retiredData, List<SymbolEntry> undefinedLocals,
                            List<EntryStub> orphanedStubs) {
    }

    private static Outgoing outgoingOf(UpdatePlan plan) {
        Outgoing outgoing = new Outgoing(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (PlannedObject object : plan.objects()) {
            LoadedModule previous = object.previous();
            if (previous != null) {
                if (!object.pinsPreviousCode()) {
                    outgoing.retired().addAll(previous.currentCode());
                }
                collectVanishedLocals(previous, object.locals(), outgoing.undefinedLocals());
            }
        }
        for (LoadedModule removed : plan.removed()) {
            retireAll(removed, outgoing.retired(), outgoing.retiredData());
            collectVanishedLocals(removed, Map.of(), outgoing.undefinedLocals());
            outgoing.orphanedStubs().addAll(removed.detachedStubs());
        }
        return outgoing;
    }

    /** Makes the planned names, new names and module records the table's; returns the new objects in request order. */
    private List<LinkedObject> applyToTable(UpdatePlan plan) {
        for (PlannedName name : plan.allNames()) {
            name.apply();
            table.ownStub(name.entry(), name.detachedStub());
        }
        for (PlannedName global : plan.globals().values()) {
            if (global.isCreated()) {
                table.globals.put(global.name(), global.entry());
            }
        }
        for (LoadedModule removed : plan.removed()) {
            table.modules.remove(removed.name());
        }
        List<LinkedObject> linked = new ArrayList<>();
        for (PlannedObject object : plan.objects()) {
            LoadedModule module = ModuleRecords.newVersion(object, table.nextVersion());
            table.modules.put(module.name(), module);
            linked.add(module.linked());
        }
        return linked;
    }

    /** One atomic store per slot: planned names to their targets, names gone to their landings. */
    private static void storeSlots(UpdatePlan plan, Outgoing outgoing) {
        for (PlannedName name : plan.allNames()) {
            name.entry().publish();
            EntryStub detached = name.detachedStub();
            if (detached != null && detached.slot().load() == detached.lazyLanding()) {
                // A lazy definition leaves no old code to keep reaching, and lazyFunction() never
                // answers for a stub no name owns, so a call would loop through the trampoline:
                // it reports the name instead.
                detached.leadToLanding();
            }
        }
        for (SymbolEntry local : outgoing.undefinedLocals()) {
            local.setCandidates(List.of());
            local.publish();
        }
        for (EntryStub stub : outgoing.orphanedStubs()) {
            stub.leadToLanding();
        }
    }

    /** Locals of an old version that its new version (if any) does not take over by name and kind. */
    private static void collectVanishedLocals(LoadedModule old, Map<String, PlannedName> newLocals, List<SymbolEntry> undefined) {
        for (Map.Entry<String, SymbolEntry> local : old.locals().entrySet()) {
            PlannedName successor = newLocals.get(local.getKey());
            if (successor == null || successor.entry() != local.getValue()) {
                undefined.add(local.getValue());
            }
        }
    }

    /** A removed module's code of every version (materialized code included) and its data of every version. */
    private static void retireAll(LoadedModule removed, List<RetiredMemory> retired, List<MemoryRange> retiredData) {
        retired.addAll(removed.currentCode());
        retired.addAll(removed.pinnedCode());
        for (FinalizedAllocation data : removed.data()) {
            retired.add(new RetiredMemory(removed.name(), data, List.of()));
            retiredData.addAll(MemoryRange.of(data));
        }
    }
}
