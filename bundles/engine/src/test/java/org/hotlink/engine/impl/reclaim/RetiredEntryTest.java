package org.hotlink.engine.impl.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.linker.CodeRange;
import org.junit.jupiter.api.Test;

/** The release decision for one retired entry, against hand-made reader snapshots. */
class RetiredEntryTest {
    private static final CodeRange CODE = new CodeRange("f", 0x10_000, 0x100);

    private static RetiredEntry entry(long targetEpoch, List<CodeRange> code) {
        return new RetiredEntry(List.of(new ObservedAllocation(0x10_000, 0x1000).retired(code)), targetEpoch);
    }

    @Test
    void releasableWithNoOnlineReaders() {
        assertTrue(entry(5, List.of(CODE)).isReleasable(List.of()), "expected releasable with no online reader");
    }

    @Test
    void heldByAReaderThatHasNotSeenTheTargetEpoch() {
        ReaderSnapshot behind = new ReaderSnapshot(4, new long[0]);
        assertFalse(entry(5, List.of()).isReleasable(List.of(behind)), "expected a reader at epoch 4 to hold epoch 5");
        assertTrue(entry(4, List.of()).isReleasable(List.of(behind)), "expected a reader at epoch 4 to free epoch 4");
    }

    @Test
    void heldByAReturnAddressInsideTheCodeOnly() {
        ReaderSnapshot inside = new ReaderSnapshot(9, new long[] {0x1234, 0x10_0ff});
        ReaderSnapshot justPast = new ReaderSnapshot(9, new long[] {0x10_100});
        assertFalse(entry(5, List.of(CODE)).isReleasable(List.of(justPast, inside)),
                "expected a return address at the last byte of the code to hold it");
        assertTrue(entry(5, List.of(CODE)).isReleasable(List.of(justPast)),
                "expected a return address just past the code not to hold it");
        assertTrue(entry(5, List.of()).isReleasable(List.of(inside)), "expected data-only memory to need only the epoch");
    }

    @Test
    void anUnreadableRecordHoldsEverything() {
        assertFalse(entry(0, List.of()).isReleasable(List.of(ReaderSnapshot.UNREADABLE)),
                "expected an unreadable record to hold even epoch 0");
    }

    @Test
    void bytesAddUpOverAllAllocations() {
        RetiredEntry two = new RetiredEntry(List.of(new ObservedAllocation(0, 100).retired(List.of()),
                new ObservedAllocation(0, 28).retired(List.of())), 1);
        assertEquals(128, two.bytes(), "expected 100 + 28 bytes");
    }
}
