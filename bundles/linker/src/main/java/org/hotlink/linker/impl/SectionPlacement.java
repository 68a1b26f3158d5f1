package org.hotlink.linker.impl;

import java.util.List;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.Segment;

/**
 * Where one object's sections were placed: its code sections in one allocation, its data
 * sections (read-only and read-write) in another, either absent when the object has no such
 * sections. Goes from in flight to finalized, or is discarded. Used by one update.
 */
final class SectionPlacement {
    private final List<ObjectSection> sections;
    private final long[] addresses;
    private final Segment[] segments;
    private InFlightAllocation codeInFlight;
    private InFlightAllocation dataInFlight;
    private FinalizedAllocation code;
    private FinalizedAllocation data;

    SectionPlacement(List<ObjectSection> sections, InFlightAllocation code, InFlightAllocation data, Segment[] segments) {
        this.sections = sections;
        this.codeInFlight = code;
        this.dataInFlight = data;
        this.segments = segments.clone();
        this.addresses = new long[segments.length];
        for (int i = 0; i < segments.length; i++) {
            addresses[i] = segments[i].address();
        }
    }

    int sectionCount() {
        return addresses.length;
    }

    long sectionAddress(int section) {
        return addresses[section];
    }

    Segment segment(int section) {
        return segments[section];
    }

    long addressOf(ObjectSymbol symbol) {
        return addresses[symbol.section()] + symbol.offset();
    }

    String sectionName(int section) {
        return sections.get(section).name();
    }

    /** Applies the final permissions to both allocations. */
    void finalizeAll() throws MemoryException {
        if (codeInFlight != null) {
            code = codeInFlight.finalizeAllocation();
            codeInFlight = null;
        }
        if (dataInFlight != null) {
            data = dataInFlight.finalizeAllocation();
            dataInFlight = null;
        }
    }

    /** The finalized code allocation, or null when the object has no code. */
    FinalizedAllocation code() {
        return code;
    }

    /** The finalized data allocation, or null when the object has no data. */
    FinalizedAllocation data() {
        return data;
    }

    /** Gives everything back after a failed update: in-flight memory abandoned, finalized memory (never published) released. */
    void discard() {
        if (codeInFlight != null) {
            codeInFlight.abandon();
        }
        if (dataInFlight != null) {
            dataInFlight.abandon();
        }
        if (code != null) {
            code.release();
        }
        if (data != null) {
            data.release();
        }
        codeInFlight = null;
        dataInFlight = null;
        code = null;
        data = null;
    }
}
