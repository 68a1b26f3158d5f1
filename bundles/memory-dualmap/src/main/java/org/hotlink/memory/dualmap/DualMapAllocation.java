package org.hotlink.memory.dualmap;

import java.util.List;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;

/**
 * One allocation through its life: in flight (writable through the alias, nothing executable),
 * finalized (code executable, only read-write segments writable), then released or abandoned
 * (its space back in the arena, its segments refuse every access). The same object serves both
 * phases; the state decides what is allowed. State changes are guarded by this object's lock.
 */
final class DualMapAllocation implements InFlightAllocation, FinalizedAllocation {
    enum State { IN_FLIGHT, FINALIZED, RELEASED }

    private final DualMapArena arena;
    private List<DualMapSegment> segments = List.of();
    private volatile State state = State.IN_FLIGHT;

    DualMapAllocation(DualMapArena arena) {
        this.arena = arena;
    }

    void setSegments(List<DualMapSegment> segments) {
        this.segments = List.copyOf(segments);
    }

    State state() {
        return state;
    }

    @Override
    public int segmentCount() {
        return segments.size();
    }

    @Override
    public Segment segment(int index) {
        return segments.get(index);
    }

    @Override
    public synchronized FinalizedAllocation finalizeAllocation() throws MemoryException {
        if (state != State.IN_FLIGHT) {
            throw new IllegalStateException("allocation is " + state + ", only an allocation in flight can be finalized");
        }
        arena.finalizeSegments(segments);
        state = State.FINALIZED;
        return this;
    }

    @Override
    public synchronized void abandon() {
        if (state == State.FINALIZED) {
            throw new IllegalStateException("a finalized allocation cannot be abandoned; release it");
        }
        if (state == State.IN_FLIGHT) {
            state = State.RELEASED;
            arena.giveBack(segments);
        }
    }

    @Override
    public synchronized void release() {
        if (state == State.IN_FLIGHT) {
            throw new IllegalStateException("an allocation in flight is abandoned, not released");
        }
        if (state == State.FINALIZED) {
            state = State.RELEASED;
            arena.giveBack(segments);
        }
    }

    /** Throws unless a segment of this protection may be written now. */
    void checkWritable(Protection protection) {
        State now = state;
        if (now == State.RELEASED || arena.isClosed()) {
            throw new IllegalStateException("segment belongs to a released allocation or a closed arena");
        }
        if (now == State.FINALIZED && protection != Protection.READ_WRITE) {
            throw new IllegalStateException(protection + " segment cannot be written after finalization");
        }
    }

    /** Throws unless a pointer slot of this protection may be stored atomically now. */
    void checkAtomicStore(Protection protection) {
        if (protection != Protection.READ_WRITE) {
            throw new IllegalStateException("atomic stores are only allowed on READ_WRITE segments, not " + protection);
        }
        if (state != State.FINALIZED || arena.isClosed()) {
            throw new IllegalStateException("atomic stores are only allowed after finalization and before release (allocation is " + state + ")");
        }
    }

    void checkReadable() {
        if (state == State.RELEASED || arena.isClosed()) {
            throw new IllegalStateException("segment belongs to a released allocation or a closed arena");
        }
    }
}
