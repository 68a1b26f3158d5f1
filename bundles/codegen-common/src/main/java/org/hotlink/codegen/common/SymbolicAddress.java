package org.hotlink.codegen.common;

import java.util.Objects;

import org.hotlink.codegen.SymbolKind;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalValue;

/**
 * An address the linker completes: a global variable, a function or a block of a function,
 * plus a byte offset (which becomes a relocation's addend). Aliases never appear here: the
 * evaluator resolves them to what they name.
 *
 * @param target the variable or function, or for a block address the function holding the block
 * @param block  the block for {@code blockaddress}, else null
 * @param offset bytes added to the target's address (wrapping as 64-bit arithmetic)
 */
public record SymbolicAddress(GlobalValue target, BasicBlock block, long offset) implements ConstantValue {
    public SymbolicAddress {
        Objects.requireNonNull(target, "target");
        if (block != null && !(target instanceof Function)) {
            throw new IllegalArgumentException("a block address needs a function, not @" + target.name());
        }
    }

    public static SymbolicAddress of(GlobalValue target, long offset) {
        return new SymbolicAddress(target, null, offset);
    }

    public static SymbolicAddress ofBlock(Function function, BasicBlock block) {
        return new SymbolicAddress(function, Objects.requireNonNull(block, "block"), 0);
    }

    /** Whether this is the address of a block ({@code blockaddress}). */
    public boolean isBlockAddress() {
        return block != null;
    }

    /** The same target, {@code delta} bytes further. */
    public SymbolicAddress plus(long delta) {
        return new SymbolicAddress(target, block, offset + delta);
    }

    /** The name of the symbol a relocation to this address refers to. */
    public String symbolName() {
        return block != null ? SymbolNames.ofBlock((Function) target, block) : SymbolNames.of(target);
    }

    /** FUNCTION for a function's entry; DATA for variables and blocks (a block symbol is a plain code address). */
    public SymbolKind symbolKind() {
        return target instanceof Function && block == null ? SymbolKind.FUNCTION : SymbolKind.DATA;
    }

    @Override
    public String toString() {
        return symbolName() + (offset == 0 ? "" : (offset > 0 ? "+" : "") + offset);
    }
}
