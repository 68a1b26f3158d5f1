package org.hotlink.engine.impl.reclaim;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.RetiredMemory;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;

/** A test double of a finalized allocation that only records whether (and how often) it was released. */
final class ObservedAllocation implements FinalizedAllocation {
    private final Segment segment;
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int releases;

    ObservedAllocation(long address, long size) {
        this.segment = new FixedSegment(address, size);
    }

    /** Retired memory of this allocation with the given code ranges (none for data). */
    RetiredMemory retired(List<CodeRange> code) {
        return new RetiredMemory("test", this, code);
    }

    @Override
    public int segmentCount() {
        return 1;
    }

    @Override
    public Segment segment(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException(index);
        }
        return segment;
    }

    @Override
    public synchronized void release() {
        releases++;
        released.countDown();
    }

    boolean isReleased() {
        return released.getCount() == 0;
    }

    int releases() {
        return releases;
    }

    boolean awaitRelease(long millis) throws InterruptedException {
        return released.await(millis, TimeUnit.MILLISECONDS);
    }

    private record FixedSegment(long address, long size) implements Segment {
        @Override
        public Protection protection() {
            return Protection.READ_EXECUTE;
        }

        @Override
        public void write(long offset, byte[] bytes, int from, int length) {
            throw new UnsupportedOperationException("test segment");
        }

        @Override
        public void putLongAtomic(long offset, long value) {
            throw new UnsupportedOperationException("test segment");
        }

        @Override
        public long getLongAtomic(long offset) {
            throw new UnsupportedOperationException("test segment");
        }
    }
}
