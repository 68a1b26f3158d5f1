package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.RetiredMemory;
import org.hotlink.memory.FinalizedAllocation;

/**
 * Builds the layer's record of a module's new version from its planned and finalized object: it
 * inherits the data and pinned code of earlier versions, and lists what the object defines and
 * refers to. Stateless.
 */
final class ModuleRecords {
    private ModuleRecords() {
    }

    /** The record of {@code object}, placed and finalized, once its plan is applied; {@code version} is new to the layer. */
    static LoadedModule newVersion(PlannedObject object, long version) {
        SectionPlacement placement = object.placement();
        LoadedModule previous = object.previous();
        List<RetiredMemory> pinned = new ArrayList<>();
        List<FinalizedAllocation> data = new ArrayList<>();
        List<EntryStub> detached = new ArrayList<>();
        if (previous != null) {
            pinned.addAll(previous.pinnedCode());
            if (object.pinsPreviousCode()) {
                pinned.addAll(previous.currentCode());
            }
            data.addAll(previous.data());
            detached.addAll(previous.detachedStubs());
        }
        if (placement.data() != null) {
            data.add(placement.data());
        }
        Map<String, Long> definitions = new LinkedHashMap<>();
        List<CodeRange> bodies = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        for (ObjectSymbol symbol : object.object().symbols()) {
            boolean local = symbol.binding() == SymbolBinding.LOCAL;
            if (!symbol.isDefined()) {
                referenced.add(symbol.name());
                continue;
            }
            PlannedName name = object.nameOf(symbol);
            if (!local) {
                defined.add(symbol.name());
            }
            if (symbol.kind() == SymbolKind.FUNCTION) {
                if (name.detachedStub() != null) {
                    detached.add(name.detachedStub());
                }
            }
            // A lazy function has no body yet; materialize() reports it when its code is placed.
            if (symbol.kind() == SymbolKind.FUNCTION && symbol.isPlaced()) {
                long size = symbol.size() > 0 ? symbol.size()
                        : object.object().sections().get(symbol.section()).size() - symbol.offset();
                bodies.add(new CodeRange(symbol.name(), placement.addressOf(symbol), size));
            }
            // Locals are listed too: the engine calls local constructors and destructors by address.
            if (local || object.moduleName().equals(name.definingModule())) {
                definitions.put(symbol.name(), symbol.kind() == SymbolKind.FUNCTION ? name.stubAddress() : name.target().getAsLong());
            }
        }
        Map<String, SymbolEntry> locals = new HashMap<>();
        object.locals().forEach((n, planned) -> locals.put(n, planned.entry()));
        PlacedObject linked = new PlacedObject(object.moduleName(), version, definitions, codeBytes(object), bodies);
        return new LoadedModule(object.moduleName(), linked, placement.code(), List.of(), pinned, data, locals, defined, referenced,
                detached);
    }

    private static long codeBytes(PlannedObject object) {
        long bytes = 0;
        for (ObjectSection section : object.object().sections()) {
            if (section.kind() == SectionKind.CODE) {
                bytes += section.size();
            }
        }
        return bytes;
    }
}
