package org.hotlink.engine.impl.reclaim;

import java.util.List;
import org.hotlink.linker.CodeRange;

/**
 * A consistent copy of one online reader record, as {@link ReaderRegistry#onlineReaders} read it
 * under the record's sequence counter: the epoch the thread saw at its last quiescent point and the
 * return addresses on its stack at that point (innermost first).
 *
 * @param seen            epoch seen; {@link Long#MIN_VALUE} when no consistent copy could be read,
 *                        so the reader blocks every grace period until it can
 * @param returnAddresses the recorded return addresses (owned by this snapshot, not copied)
 */
record ReaderSnapshot(long seen, long[] returnAddresses) {
    static final ReaderSnapshot UNREADABLE = new ReaderSnapshot(Long.MIN_VALUE, new long[0]);

    /** Whether the thread has announced a quiescent point (or come online) at or after {@code epoch}. */
    boolean hasSeen(long epoch) {
        return seen >= epoch;
    }

    /** Whether any recorded return address lies in one of the ranges. */
    boolean returnsInto(List<CodeRange> code) {
        for (long address : returnAddresses) {
            for (CodeRange range : code) {
                if (range.contains(address)) {
                    return true;
                }
            }
        }
        return false;
    }
}
