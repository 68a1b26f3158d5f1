package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;

/**
 * One name (global, or local to a new object) as an update will leave it: its definition
 * candidates, referring modules, stub (a new one for a fresh function), GOT slot and new deferred
 * references. Resolution during the update reads this future state; {@link #apply()} makes it the
 * entry's state at publication; {@link #giveBack} returns what the update took when it fails.
 * Used by one update under the layer's lock.
 */
final class PlannedName {
    private final SymbolEntry entry;
    private final boolean created;
    private final List<PlannedDefinition> candidates = new ArrayList<>();
    private final Map<String, Boolean> references;
    private final List<DeferredReference> newDeferred = new ArrayList<>();
    private EntryStub stub;
    private EntryStub detached;
    private EntryStub takenStub;
    private PointerSlot takenGot;

    private PlannedName(SymbolEntry entry, boolean created, Set<String> leavingModules) {
        this.entry = entry;
        this.created = created;
        this.stub = entry.stub();
        for (Definition definition : entry.candidates()) {
            candidates.add(PlannedDefinition.existing(definition));
        }
        this.references = new HashMap<>(entry.references());
        references.keySet().removeAll(leavingModules);
    }

    /** The future state of an entry already in the table; the batch's modules' references are taken out. */
    static PlannedName of(SymbolEntry entry, Set<String> batchModules) {
        return new PlannedName(entry, false, batchModules);
    }

    /** A name the update creates, with the stub it took for it (functions) or null. */
    static PlannedName created(String name, SymbolKind kind, EntryStub takenStub) {
        PlannedName planned = new PlannedName(new SymbolEntry(name, kind, takenStub), true, Set.of());
        planned.takenStub = takenStub;
        return planned;
    }

    SymbolEntry entry() {
        return entry;
    }

    boolean isCreated() {
        return created;
    }

    String name() {
        return entry.name();
    }

    SymbolKind kind() {
        return entry.kind();
    }

    /** Adds a new version's definition; it takes the place of the same module's old one, so load order is kept. */
    void offer(PlannedDefinition definition) {
        for (int i = 0; i < candidates.size(); i++) {
            PlannedDefinition old = candidates.get(i);
            if (old.isExisting() && old.module().equals(definition.module())) {
                candidates.set(i, definition);
                return;
            }
        }
        candidates.add(definition);
    }

    /** Drops the old definitions of the batch's modules that no new version replaced. */
    void dropLeaving(Set<String> batchModules) {
        candidates.removeIf(candidate -> candidate.isExisting() && batchModules.contains(candidate.module()));
    }

    List<PlannedDefinition> candidates() {
        return candidates;
    }

    /** The old definition of {@code module} (before the update), or null. */
    Definition oldDefinitionOf(String module) {
        for (Definition definition : entry.candidates()) {
            if (definition.module().equals(module)) {
                return definition;
            }
        }
        return null;
    }

    void addReference(String module, boolean strong) {
        references.merge(module, strong, Boolean::logicalOr);
    }

    /** Gives a fresh function a new stub; the entry's current one is detached and keeps its target. */
    void detachStub(EntryStubs stubs) throws LinkException {
        LinkerChecks.check(kind() == SymbolKind.FUNCTION && takenStub == null, "a function is made fresh once, with an old stub");
        takenStub = stubs.take(name());
        detached = entry.stub();
        stub = takenStub;
    }

    /** The stub a fresh function leaves behind, or null. */
    EntryStub detachedStub() {
        return detached;
    }

    /** Whether any definition will be in effect (addresses of new objects may not be placed yet). */
    boolean isResolved() {
        return DefinitionRules.inEffect(candidates) != null || entry.external().isPresent();
    }

    /** The module whose definition will be in effect, or null. */
    String definingModule() {
        PlannedDefinition inEffect = DefinitionRules.inEffect(candidates);
        return inEffect == null ? null : inEffect.module();
    }

    /** Where the name will lead; valid once every new object is placed. */
    OptionalLong target() {
        PlannedDefinition inEffect = DefinitionRules.inEffect(candidates);
        return inEffect != null ? OptionalLong.of(inEffect.address(stub)) : entry.external();
    }

    boolean isStronglyReferenced() {
        return references.containsValue(true);
    }

    long stubAddress() {
        return stub.address();
    }

    /** The address other code will use for the name (see {@link SymbolEntry#address()}). */
    long address() {
        return SymbolEntry.addressFor(kind(), stub, target(), isStronglyReferenced());
    }

    /** The name's GOT slot, taking one if it has none yet. */
    long gotAddress(GotSlots gots) throws LinkException {
        if (entry.got() != null) {
            return entry.got().address();
        }
        if (takenGot == null) {
            takenGot = gots.take(0);
        }
        return takenGot.address();
    }

    void defer(DeferredReference reference) {
        newDeferred.add(reference);
    }

    /** Makes the planned state the entry's (slots are stored later, by {@link SymbolEntry#publish()}). */
    void apply() {
        List<Definition> definitions = new ArrayList<>();
        for (PlannedDefinition candidate : candidates) {
            definitions.add(candidate.toDefinition(stub));
        }
        entry.setCandidates(definitions);
        entry.setReferences(references);
        if (detached != null) {
            entry.replaceStub(stub);
        }
        if (takenGot != null) {
            entry.setGot(takenGot);
        }
        for (DeferredReference reference : newDeferred) {
            entry.addDeferred(reference);
        }
    }

    /** Returns the stub and GOT slot the update took, after it failed. */
    void giveBack(EntryStubs stubs, GotSlots gots) {
        if (takenStub != null) {
            stubs.giveBack(takenStub);
        }
        if (takenGot != null) {
            gots.giveBack(takenGot);
        }
    }
}
