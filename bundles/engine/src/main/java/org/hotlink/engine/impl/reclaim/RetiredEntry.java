package org.hotlink.engine.impl.reclaim;

import java.util.ArrayList;
import java.util.List;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.RetiredMemory;

/**
 * Memory retired by one {@link QuiescentReclaimer#retire} call, waiting for the grace period that
 * starts at {@code targetEpoch}: the epoch value the retiring thread's increment produced, so any
 * reader that has seen it read its slots after the slot stores that retired this memory.
 */
record RetiredEntry(List<RetiredMemory> memory, long targetEpoch) {
    RetiredEntry {
        memory = List.copyOf(memory);
    }

    long bytes() {
        long total = 0;
        for (RetiredMemory retired : memory) {
            total += retired.bytes();
        }
        return total;
    }

    /** The code ranges of all the entry's allocations (empty when it holds data only). */
    List<CodeRange> code() {
        List<CodeRange> ranges = new ArrayList<>();
        for (RetiredMemory retired : memory) {
            ranges.addAll(retired.code());
        }
        return ranges;
    }

    /**
     * Whether no online reader can still use the memory: each has passed a quiescent point since
     * the retirement and its latest snapshot holds no return address into the entry's code.
     */
    boolean isReleasable(List<ReaderSnapshot> onlineReaders) {
        List<CodeRange> code = code();
        for (ReaderSnapshot reader : onlineReaders) {
            if (!reader.hasSeen(targetEpoch) || reader.returnsInto(code)) {
                return false;
            }
        }
        return true;
    }
}
