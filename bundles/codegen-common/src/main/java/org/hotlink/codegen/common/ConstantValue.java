package org.hotlink.codegen.common;

/**
 * What a scalar constant evaluates to before the program is placed in memory: either a plain
 * bit pattern ({@link IntegerValue}) or an address that only the linker can complete
 * ({@link SymbolicAddress}).
 */
public sealed interface ConstantValue permits IntegerValue, SymbolicAddress {
    /** Whether the value needs a relocation to become a number. */
    default boolean isSymbolic() {
        return this instanceof SymbolicAddress;
    }
}
