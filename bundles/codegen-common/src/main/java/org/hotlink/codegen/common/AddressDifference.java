package org.hotlink.codegen.common;

import java.util.Objects;

/**
 * The distance between two addresses of different symbols, {@code minuend - subtrahend}, as
 * clang's relative lookup tables hold it ({@code trunc (sub (ptrtoint @str, ptrtoint @table))}).
 * Only the linker knows it; data can hold it when the subtrahend is the containing global itself,
 * which makes it a PC-relative relocation.
 */
public record AddressDifference(SymbolicAddress minuend, SymbolicAddress subtrahend) {
    public AddressDifference {
        Objects.requireNonNull(minuend, "minuend");
        Objects.requireNonNull(subtrahend, "subtrahend");
    }

    @Override
    public String toString() {
        return minuend + " - (" + subtrahend + ")";
    }
}
