package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.linker.CodeRange;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;
import org.hotlink.memory.SegmentRequest;

/**
 * Adding one object to a layer, as a transaction: check its symbols against the table (duplicate
 * strong definitions, kind clashes), place all its sections in one allocation, patch every
 * relocation on copies of the section images, write them, finalize, and only then publish
 * definitions, references and slot values. On any failure the allocation is abandoned and the
 * entries, stubs and GOT slots created for it are taken back, so nothing is published.
 *
 * <p>Resolution rules: a LOCAL symbol is seen only by its own object. A FUNCTION target's address
 * S is its entry stub, so calls work in any load order and a later definition is one slot store.
 * The exception is an X86_64_64 reference through an undefined WEAK symbol that nothing defines
 * yet: S is 0 (extern_weak is null), and in read-write data it is rewritten when a definition
 * arrives (a PC-relative reference cannot encode 0, so it gets the stub: back-ends take the
 * address of an extern_weak function through X86_64_GOTPCREL, whose slot holds 0 until a
 * definition arrives). A DATA target's S is its storage: a definition in this object, the definition in
 * effect, or an external already bound. Data not defined yet can only be reached through its GOT
 * slot (X86_64_GOTPCREL) or by X86_64_64 in data, which is placed read-write (also when its
 * section is read-only data) and patched when the definition arrives; any other direct reference
 * to it is refused. Data this object defines WEAK is reached the same way from other code (a
 * strong definition loaded later wins): its X86_64_64 references in data are placed read-write
 * and rewritten when the definition in effect changes. Runs under the layer's lock.
 */
final class ObjectLinking {
    private final RelocatableObject object;
    private final Map<String, SymbolEntry> globals;
    private final EntryStubs stubs;
    private final GotSlots gots;
    private final MemoryArena arena;
    private final long undefinedFunctionTarget;

    private final Map<String, ObjectSymbol> symbols = new HashMap<>();
    private final Map<String, Boolean> definitionWins = new HashMap<>();
    private final Map<String, SymbolEntry> locals = new LinkedHashMap<>();
    private final List<SymbolEntry> createdGlobals = new ArrayList<>();
    private final List<DeferredOnEntry> deferred = new ArrayList<>();
    private long[] sectionAddresses;
    private Segment[] sectionSegments;

    private record DeferredOnEntry(SymbolEntry entry, DeferredReference reference) {
    }

    ObjectLinking(RelocatableObject object, Map<String, SymbolEntry> globals, EntryStubs stubs, GotSlots gots,
                  MemoryArena arena, long undefinedFunctionTarget) {
        this.object = object;
        this.globals = globals;
        this.stubs = stubs;
        this.gots = gots;
        this.arena = arena;
        this.undefinedFunctionTarget = undefinedFunctionTarget;
    }

    PlacedObject link() throws LinkException, DuplicateSymbolException {
        symbols.putAll(ObjectSymbolIndex.of(object));
        definitionWins.putAll(DefinitionRules.decide(object, globals));
        InFlightAllocation allocation = null;
        try {
            createEntries();
            allocation = place();
            patchAndWrite();
            FinalizedAllocation memory = allocation.finalizeAllocation();
            allocation = null;
            return publish(memory);
        } catch (MemoryException e) {
            rollBack(allocation);
            throw new LinkException("module '" + object.moduleName() + "': " + e.getMessage(), null, e);
        } catch (LinkException | RuntimeException e) {
            rollBack(allocation);
            throw e;
        }
    }

    private String where() {
        return "module '" + object.moduleName() + "'";
    }

    private void createEntries() throws LinkException {
        for (ObjectSymbol symbol : object.symbols()) {
            EntryStub stub = null;
            if (symbol.binding() == SymbolBinding.LOCAL) {
                if (symbol.kind() == SymbolKind.FUNCTION) {
                    stub = stubs.take();
                }
                locals.put(symbol.name(), new SymbolEntry(symbol.name(), symbol.kind(), stub));
            } else if (!globals.containsKey(symbol.name())) {
                if (symbol.kind() == SymbolKind.FUNCTION) {
                    stub = stubs.take();
                }
                SymbolEntry entry = new SymbolEntry(symbol.name(), symbol.kind(), stub);
                globals.put(symbol.name(), entry);
                createdGlobals.add(entry);
            }
        }
    }

    private SymbolEntry entryOf(ObjectSymbol symbol) {
        SymbolEntry entry = symbol.binding() == SymbolBinding.LOCAL ? locals.get(symbol.name()) : globals.get(symbol.name());
        LinkerChecks.check(entry != null, "every symbol of the object has an entry once entries are created");
        return entry;
    }

    private InFlightAllocation place() throws MemoryException, LinkException {
        List<ObjectSection> sections = object.sections();
        SegmentRequest[] requests = new SegmentRequest[sections.size()];
        for (int i = 0; i < requests.length; i++) {
            ObjectSection section = sections.get(i);
            requests[i] = new SegmentRequest(protectionOf(section), section.size(), section.alignment());
        }
        InFlightAllocation allocation = arena.allocate(requests);
        sectionAddresses = new long[requests.length];
        sectionSegments = new Segment[requests.length];
        for (int i = 0; i < requests.length; i++) {
            sectionSegments[i] = allocation.segment(i);
            sectionAddresses[i] = sectionSegments[i].address();
        }
        return allocation;
    }

    private Protection protectionOf(ObjectSection section) throws LinkException {
        switch (section.kind()) {
            case CODE:
                return Protection.READ_EXECUTE;
            case READ_ONLY_DATA:
                for (Relocation relocation : section.relocations()) {
                    if (relocation.type() == RelocationType.X86_64_64
                            && (waitsForDefinition(relocation) || followsWeakDefinition(relocation))) {
                        // Patched again when the definition arrives, so it must stay writable.
                        return Protection.READ_WRITE;
                    }
                }
                return Protection.READ_ONLY;
            default:
                return Protection.READ_WRITE;
        }
    }

    /** Whether a 64-bit absolute reference must be rewritten once a later definition arrives. */
    private boolean waitsForDefinition(Relocation relocation) throws LinkException {
        if (relocation.isSectionRelative()) {
            return false;
        }
        ObjectSymbol symbol = symbolOf(relocation);
        if (symbol.isDefined()) {
            return false;
        }
        SymbolEntry entry = globals.get(symbol.name());
        boolean resolved = entry != null && entry.target().isPresent();
        if (symbol.kind() == SymbolKind.DATA) {
            return !resolved;
        }
        boolean strong = entry != null && entry.isStronglyReferenced();
        return !resolved && !strong && symbol.binding() == SymbolBinding.WEAK;
    }

    /**
     * Whether a 64-bit absolute reference names data that this object defines WEAK: a strong
     * definition loaded later replaces it, so the reference is rewritten then (as one to data
     * defined elsewhere is).
     */
    private boolean followsWeakDefinition(Relocation relocation) throws LinkException {
        if (relocation.isSectionRelative()) {
            return false;
        }
        ObjectSymbol symbol = symbolOf(relocation);
        return symbol.isDefined() && symbol.kind() == SymbolKind.DATA && symbol.binding() == SymbolBinding.WEAK;
    }

    private ObjectSymbol symbolOf(Relocation relocation) throws LinkException {
        ObjectSymbol symbol = symbols.get(relocation.symbol());
        if (symbol == null) {
            throw new LinkException(where() + ": a relocation names '" + relocation.symbol() + "', which is not in its symbol table");
        }
        return symbol;
    }

    private void patchAndWrite() throws LinkException {
        List<ObjectSection> sections = object.sections();
        for (int i = 0; i < sections.size(); i++) {
            ObjectSection section = sections.get(i);
            Segment segment = sectionSegments[i];
            if (section.kind() == SectionKind.ZERO_FILL) {
                if (!section.relocations().isEmpty()) {
                    throw new LinkException(where() + ": zero-filled section " + section.name() + " cannot have relocations");
                }
                writeZeros(segment, section.size());
                continue;
            }
            byte[] image = section.contents().clone();
            for (Relocation relocation : section.relocations()) {
                patch(image, i, section, relocation);
            }
            segment.write(0, image);
        }
    }

    private static void writeZeros(Segment segment, long size) {
        byte[] zeros = new byte[(int) Math.min(size, 1 << 16)];
        for (long done = 0; done < size; done += zeros.length) {
            segment.write(done, zeros, 0, (int) Math.min(zeros.length, size - done));
        }
    }

    private void patch(byte[] image, int sectionIndex, ObjectSection section, Relocation relocation) throws LinkException {
        RelocationType type = relocation.type();
        String place = section.name() + "+0x" + Integer.toHexString(relocation.offset()) + " in " + where();
        if ((long) relocation.offset() + type.width() > image.length) {
            throw new LinkException("relocation " + type + " at " + place + " lies outside the section");
        }
        long p = sectionAddresses[sectionIndex] + relocation.offset();
        long s;
        long g = 0;
        String target;
        if (relocation.isSectionRelative()) {
            int targetSection = relocation.targetSection();
            if (targetSection < 0 || targetSection >= sectionAddresses.length) {
                throw new LinkException("relocation " + type + " at " + place + " names section " + targetSection);
            }
            s = sectionAddresses[targetSection];
            target = "section " + object.sections().get(targetSection).name();
        } else {
            ObjectSymbol symbol = symbolOf(relocation);
            SymbolEntry entry = entryOf(symbol);
            target = "'" + symbol.name() + "'";
            if (type == RelocationType.X86_64_GOTPCREL) {
                g = gotOf(entry);
                s = 0;
            } else {
                s = symbolAddress(symbol, entry, relocation, sectionSegments[sectionIndex], place);
            }
        }
        long value = RelocationPatch.value(type, s, relocation.addend(), p, g);
        if (!RelocationPatch.fits(type, value)) {
            throw new LinkException("relocation " + type + " against " + target + " at " + place + " overflows: 0x"
                    + Long.toHexString(value) + " does not fit in 32 signed bits");
        }
        RelocationPatch.store(image, relocation.offset(), type.width(), value);
    }

    private long gotOf(SymbolEntry entry) throws LinkException {
        if (entry.got() == null) {
            entry.setGot(gots.take(entry.address()));
        }
        return entry.got().address();
    }

    private long symbolAddress(ObjectSymbol symbol, SymbolEntry entry, Relocation relocation, Segment segment, String place)
            throws LinkException {
        if (relocation.type() == RelocationType.X86_64_64 && !symbol.isDefined()) {
            boolean waits = waitsForDefinition(relocation);
            // Data addresses can change (a definition arrives, replaces a weak one or an external
            // binding); in writable memory such a reference follows every change.
            if ((waits || symbol.kind() == SymbolKind.DATA) && segment.protection() == Protection.READ_WRITE) {
                deferred.add(new DeferredOnEntry(entry, new DeferredReference(segment, relocation.offset(), relocation.addend())));
                return waits ? 0 : entry.address();
            }
            if (waits && symbol.binding() == SymbolBinding.WEAK) {
                return 0;
            }
        }
        if (symbol.kind() == SymbolKind.FUNCTION) {
            return entry.stub().address();
        }
        if (relocation.type() == RelocationType.X86_64_64 && followsWeakDefinition(relocation)
                && segment.protection() == Protection.READ_WRITE) {
            deferred.add(new DeferredOnEntry(entry, new DeferredReference(segment, relocation.offset(), relocation.addend())));
        }
        if (symbol.isDefined() && (symbol.binding() == SymbolBinding.LOCAL || definitionWins.get(symbol.name()))) {
            return sectionAddresses[symbol.section()] + symbol.offset();
        }
        if (entry.target().isPresent()) {
            return entry.target().getAsLong();
        }
        if (symbol.binding() == SymbolBinding.WEAK) {
            return 0;
        }
        throw new LinkException("data symbol '" + symbol.name() + "' is referenced by " + relocation.type() + " at " + place
                + " before it is defined; data defined later can only be reached through X86_64_GOTPCREL"
                + " or by X86_64_64 in data");
    }

    private PlacedObject publish(FinalizedAllocation memory) {
        Map<String, Long> definitions = new LinkedHashMap<>();
        List<CodeRange> bodies = new ArrayList<>();
        long codeBytes = 0;
        for (ObjectSection section : object.sections()) {
            if (section.kind() == SectionKind.CODE) {
                codeBytes += section.size();
            }
        }
        for (ObjectSymbol symbol : object.symbols()) {
            SymbolEntry entry = entryOf(symbol);
            if (!symbol.isDefined()) {
                entry.addReference(symbol.binding() != SymbolBinding.WEAK);
                continue;
            }
            long address = sectionAddresses[symbol.section()] + symbol.offset();
            if (symbol.kind() == SymbolKind.FUNCTION) {
                long size = symbol.size() > 0 ? symbol.size()
                        : object.sections().get(symbol.section()).size() - symbol.offset();
                bodies.add(new CodeRange(symbol.name(), address, size));
            }
            if (symbol.binding() == SymbolBinding.LOCAL) {
                entry.define(new Definition(object.moduleName(), symbol.binding(), address));
                // Locals are listed too: the engine calls local constructors and destructors by address.
                definitions.put(symbol.name(), entry.kind() == SymbolKind.FUNCTION ? entry.stub().address() : address);
            } else if (definitionWins.get(symbol.name())) {
                entry.define(new Definition(object.moduleName(), symbol.binding(), address));
                definitions.put(symbol.name(), entry.kind() == SymbolKind.FUNCTION ? entry.stub().address() : address);
            }
        }
        for (DeferredOnEntry pending : deferred) {
            pending.entry().addDeferred(pending.reference());
        }
        for (ObjectSymbol symbol : object.symbols()) {
            entryOf(symbol).publish(undefinedFunctionTarget);
        }
        return new PlacedObject(object.moduleName(), memory, new ArrayList<>(locals.values()), definitions, codeBytes,
                bodies);
    }

    private void rollBack(InFlightAllocation allocation) {
        if (allocation != null) {
            allocation.abandon();
        }
        List<SymbolEntry> discarded = new ArrayList<>(createdGlobals);
        discarded.addAll(locals.values());
        for (SymbolEntry entry : createdGlobals) {
            globals.remove(entry.name());
        }
        for (SymbolEntry entry : discarded) {
            if (entry.stub() != null) {
                stubs.giveBack(entry.stub());
            }
            if (entry.got() != null) {
                gots.giveBack(entry.got());
            }
        }
    }
}
