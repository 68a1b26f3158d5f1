package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.hotlink.codegen.SymbolKind;

/**
 * Everything the layer knows about one name (or one local symbol of one module): its kind, the
 * definition candidates of the loaded modules (the one in effect chosen by {@link DefinitionRules}),
 * the external it is bound to, its entry stub (functions) and GOT slot (when some code reaches it
 * through one), which modules refer to it, and the 64-bit references in data that follow its
 * address. Changed only by an update's publication; guarded by the layer's lock.
 */
final class SymbolEntry {
    private final String name;
    private final SymbolKind kind;
    private EntryStub stub;
    private PointerSlot got;
    private List<Definition> candidates = List.of();
    private OptionalLong external = OptionalLong.empty();
    /** Referring module -> whether any of its references is strong (not extern_weak). */
    private Map<String, Boolean> references = Map.of();
    private final List<DeferredReference> deferred = new ArrayList<>();

    SymbolEntry(String name, SymbolKind kind, EntryStub stub) {
        LinkerChecks.check((kind == SymbolKind.FUNCTION) == (stub != null), "a symbol has an entry stub exactly when it is a function");
        this.name = name;
        this.kind = kind;
        this.stub = stub;
    }

    String name() {
        return name;
    }

    SymbolKind kind() {
        return kind;
    }

    EntryStub stub() {
        return stub;
    }

    /** Gives the name a new stub (a fresh function); the old one is detached and keeps its target. */
    void replaceStub(EntryStub fresh) {
        LinkerChecks.check(kind == SymbolKind.FUNCTION && fresh != null, "only a function's stub is replaced");
        stub = fresh;
    }

    PointerSlot got() {
        return got;
    }

    void setGot(PointerSlot slot) {
        LinkerChecks.check(got == null, "a symbol gets one GOT slot");
        got = slot;
    }

    List<Definition> candidates() {
        return candidates;
    }

    void setCandidates(List<Definition> newCandidates) {
        candidates = List.copyOf(newCandidates);
    }

    /** The definition in effect, or null. */
    Definition definition() {
        return DefinitionRules.inEffect(candidates);
    }

    OptionalLong external() {
        return external;
    }

    void bindExternal(OptionalLong address) {
        external = address;
    }

    Map<String, Boolean> references() {
        return references;
    }

    void setReferences(Map<String, Boolean> newReferences) {
        references = Map.copyOf(newReferences);
    }

    boolean isReferenced() {
        return !references.isEmpty();
    }

    boolean isStronglyReferenced() {
        return references.containsValue(true);
    }

    void addDeferred(DeferredReference reference) {
        deferred.add(reference);
    }

    /** Forgets the references that lie in memory about to be retired, so they are never written again. */
    void dropDeferredWithin(List<MemoryRange> retired) {
        deferred.removeIf(reference -> retired.stream().anyMatch(range -> range.contains(reference.address())));
    }

    /** Where the name leads now: a compiled definition first, then an external binding. */
    OptionalLong target() {
        Definition definition = definition();
        if (definition != null) {
            return OptionalLong.of(definition.address());
        }
        return external;
    }

    /**
     * The address other code uses for the name: a function's entry stub, a data symbol's storage.
     * A function with no target that only weak references name is null (0), as extern_weak needs.
     */
    long address() {
        return addressFor(kind, stub, target(), isStronglyReferenced());
    }

    static long addressFor(SymbolKind kind, EntryStub stub, OptionalLong target, boolean stronglyReferenced) {
        if (kind == SymbolKind.FUNCTION) {
            return target.isPresent() || stronglyReferenced ? stub.address() : 0L;
        }
        return target.orElse(0L);
    }

    /**
     * Stores the current state into what compiled code reads: the stub slot (the target, or the
     * stub's undefined landing), the GOT slot and the deferred references in data.
     */
    void publish() {
        if (stub != null) {
            OptionalLong target = target();
            if (target.isPresent()) {
                stub.slot().store(target.getAsLong());
            } else {
                stub.leadToLanding();
            }
        }
        long address = address();
        if (got != null) {
            got.store(address);
        }
        for (DeferredReference reference : deferred) {
            reference.update(address);
        }
    }
}
