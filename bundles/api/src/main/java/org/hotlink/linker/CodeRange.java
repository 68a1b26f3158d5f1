package org.hotlink.linker;

import java.util.Objects;

/**
 * Where a compiled function's body lies, for mapping a program counter back to a function (fault
 * reports, and later debugger and profiler registration).
 *
 * @param name  the function's symbol name
 * @param start address of the first byte of its machine code
 * @param size  bytes of machine code
 */
public record CodeRange(String name, long start, long size) {
    public CodeRange {
        Objects.requireNonNull(name, "name");
    }

    public boolean contains(long address) {
        return address >= start && address - start < size;
    }
}
