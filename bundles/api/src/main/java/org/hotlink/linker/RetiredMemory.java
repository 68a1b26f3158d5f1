package org.hotlink.linker;

import java.util.List;
import java.util.Objects;
import org.hotlink.memory.FinalizedAllocation;

/**
 * Memory a {@link LinkLayer#update} took out of use: no slot, stub or GOT entry leads into it any
 * more, but threads may still be executing its code or hold return addresses into it. The owner
 * releases it once no thread can (for example after a quiescent-state grace period).
 *
 * @param moduleName the module whose old version (or removed version) it held
 * @param memory     the allocation to release
 * @param code       the address ranges of machine code in it (empty for data only)
 */
public record RetiredMemory(String moduleName, FinalizedAllocation memory, List<CodeRange> code) {
    public RetiredMemory {
        Objects.requireNonNull(moduleName, "moduleName");
        Objects.requireNonNull(memory, "memory");
        code = List.copyOf(code);
    }

    /** Bytes of the allocation (all its segments). */
    public long bytes() {
        long total = 0;
        for (int i = 0; i < memory.segmentCount(); i++) {
            total += memory.segment(i).size();
        }
        return total;
    }
}
