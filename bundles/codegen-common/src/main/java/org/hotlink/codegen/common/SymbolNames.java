package org.hotlink.codegen.common;

import java.util.Objects;

import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalValue;

/**
 * How IR names become symbol names of a relocatable object. A global keeps its IR name without
 * the {@code @} sigil ({@code @.str.1} becomes {@code .str.1}, {@code @"a b"} becomes {@code a b}).
 * Globals, functions and aliases share one namespace in a module, so their names, local ones
 * included, are unique within the object the module compiles to. Block symbols, which exist only
 * for {@code blockaddress}, contain {@value #BLOCK_INFIX}, which no name clang generates contains.
 */
public final class SymbolNames {
    /** Separates a function's name from its block's label in a block symbol. */
    public static final String BLOCK_INFIX = ".__block.";

    private SymbolNames() {
    }

    /** The symbol name of {@code global}: its IR name. */
    public static String of(GlobalValue global) {
        Objects.requireNonNull(global, "global");
        return global.name();
    }

    /**
     * The name of the local data symbol that marks block {@code block} of {@code function}, which
     * {@code blockaddress(@function, %block)} refers to: {@code <function>.__block.<block>}. An
     * unnamed block is named by the number the parser gave it; one without even a number by its
     * position as {@code #N}. The back-end defines this symbol at the block's first instruction.
     */
    public static String ofBlock(Function function, BasicBlock block) {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(block, "block");
        return of(function) + BLOCK_INFIX + blockLabel(function, block);
    }

    private static String blockLabel(Function function, BasicBlock block) {
        if (block.name() != null) {
            return block.name();
        }
        int index = function.blocks().indexOf(block);
        if (index < 0) {
            throw new IllegalArgumentException("an unnamed block is not in @" + function.name());
        }
        return "#" + index;
    }
}
