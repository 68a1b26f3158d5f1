package org.hotlink.ir;

import java.util.Objects;

/**
 * {@code blockaddress(@f, %bb)}: the address of a block, for {@code indirectbr}. The block may be
 * resolved after construction because the function's body can come later in the file.
 */
public final class BlockAddress extends Constant {
    private final Function function;
    private final String blockName;
    private BasicBlock block;

    /** @param blockName the block's name as printed (without {@code %}), kept for resolution and printing */
    public BlockAddress(Function function, String blockName) {
        super(PointerType.PTR);
        this.function = Objects.requireNonNull(function, "function");
        this.blockName = Objects.requireNonNull(blockName, "blockName");
        function.markBlockAddressTaken();
    }

    public Function function() {
        return function;
    }

    /** The block, or null while unresolved (only during parsing). */
    public BasicBlock block() {
        return block;
    }

    public String blockName() {
        return blockName;
    }

    /** Binds the block once the function's body is known. */
    public void resolve(BasicBlock block) {
        if (this.block != null && this.block != block) {
            throw new IllegalStateException("blockaddress already resolved to %" + this.block.name());
        }
        if (block.parent() != function) {
            throw new IllegalArgumentException("block %" + block.name() + " is not in @" + function.name());
        }
        this.block = block;
    }

    @Override
    public String reference() {
        return "blockaddress(" + function.reference() + ", %" + NameQuoting.quoteIfNeeded(blockName) + ")";
    }
}
