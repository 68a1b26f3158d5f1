package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.SectionKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;
import org.hotlink.memory.SegmentRequest;

/**
 * Step 2 of an update: places one object in two allocations, one for its code sections
 * (read-execute) and one for its data sections, so that code can be retired on redefinition while
 * data that kept state stays. Read-only data that holds a reference that must follow its target
 * is placed read-write. An object without code or without data gets no allocation for it.
 * The code of one lazy function goes in one allocation with its constant tables instead
 * ({@link #placeTogether}): it has no data of its own, and goes out of use as one piece.
 */
final class ObjectPlacer {
    private final MemoryArena arena;

    ObjectPlacer(MemoryArena arena) {
        this.arena = arena;
    }

    SectionPlacement place(PlannedObject object) throws LinkException, MemoryException {
        List<ObjectSection> sections = object.object().sections();
        List<Integer> codeSections = new ArrayList<>();
        List<Integer> dataSections = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            (sections.get(i).kind() == SectionKind.CODE ? codeSections : dataSections).add(i);
        }
        InFlightAllocation code = null;
        InFlightAllocation data = null;
        try {
            code = allocate(object, codeSections);
            data = allocate(object, dataSections);
        } catch (MemoryException | LinkException | RuntimeException e) {
            if (code != null) {
                code.abandon();
            }
            throw e;
        }
        Segment[] segments = new Segment[sections.size()];
        for (int i = 0; i < codeSections.size(); i++) {
            segments[codeSections.get(i)] = code.segment(i);
        }
        for (int i = 0; i < dataSections.size(); i++) {
            segments[dataSections.get(i)] = data.segment(i);
        }
        return new SectionPlacement(sections, code, data, segments);
    }

    /** Places every section of {@code object} in one allocation, reported as its code allocation. */
    SectionPlacement placeTogether(PlannedObject object) throws LinkException, MemoryException {
        List<ObjectSection> sections = object.object().sections();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            all.add(i);
        }
        InFlightAllocation allocation = allocate(object, all);
        Segment[] segments = new Segment[sections.size()];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = allocation.segment(i);
        }
        return new SectionPlacement(sections, allocation, null, segments);
    }

    private InFlightAllocation allocate(PlannedObject object, List<Integer> indices) throws MemoryException, LinkException {
        if (indices.isEmpty()) {
            return null;
        }
        SegmentRequest[] requests = new SegmentRequest[indices.size()];
        for (int i = 0; i < requests.length; i++) {
            ObjectSection section = object.object().sections().get(indices.get(i));
            requests[i] = new SegmentRequest(protectionOf(object, section), section.size(), section.alignment());
        }
        return arena.allocate(requests);
    }

    private static Protection protectionOf(PlannedObject object, ObjectSection section) throws LinkException {
        switch (section.kind()) {
            case CODE:
                return Protection.READ_EXECUTE;
            case READ_ONLY_DATA:
                for (Relocation relocation : section.relocations()) {
                    if (ReferenceRules.mustFollowTarget(object, relocation)) {
                        // Patched again when the target changes, so it must stay writable.
                        return Protection.READ_WRITE;
                    }
                }
                return Protection.READ_ONLY;
            default:
                return Protection.READ_WRITE;
        }
    }
}
