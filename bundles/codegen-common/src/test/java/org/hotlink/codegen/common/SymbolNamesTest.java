package org.hotlink.codegen.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.junit.jupiter.api.Test;

/** Tests how SymbolNames turns IR names into object symbol names. */
class SymbolNamesTest {
    @Test
    void globalsKeepTheirIrNameWithoutSigil() {
        assertEquals(".str.1", SymbolNames.of(IrFixtures.global(null, ".str.1", IrFixtures.i8(0), 1)), "@.str.1 is .str.1");
        assertEquals("a b", SymbolNames.of(IrFixtures.function(null, "a b")), "@\"a b\" is 'a b'");
        assertEquals("0", SymbolNames.of(IrFixtures.global(null, "0", IrFixtures.i8(0), 1)), "numbered @0 is 0");
    }

    @Test
    void blockSymbolsJoinFunctionAndBlockLabel() {
        Function f = IrFixtures.function(null, "run", "entry", "12");
        assertEquals("run.__block.entry", SymbolNames.ofBlock(f, f.block("entry")), "named block");
        assertEquals("run.__block.12", SymbolNames.ofBlock(f, f.block("12")), "numbered block keeps its number");
    }

    @Test
    void aBlockWithoutAnyNameIsNamedByItsPosition() {
        Function f = IrFixtures.function(null, "run", "entry");
        BasicBlock anonymous = new BasicBlock(null);
        f.appendBlock(anonymous);
        assertEquals("run.__block.#1", SymbolNames.ofBlock(f, anonymous), "second block without a name is #1");
        assertThrows(IllegalArgumentException.class, () -> SymbolNames.ofBlock(f, new BasicBlock(null)),
                "a nameless block outside the function has no label");
    }
}
