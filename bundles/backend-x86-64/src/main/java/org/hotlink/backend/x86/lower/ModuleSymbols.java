package org.hotlink.backend.x86.lower;

import org.hotlink.codegen.common.LinkageMapping;
import org.hotlink.codegen.common.SymbolNames;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;

/**
 * How code refers to a module's global values: functions through their symbol (the linker's
 * entry stub, PC32/PLT32), variables defined in the module directly (PC32), and everything else
 * (declared variables, aliases) through a GOT slot (GOTPCREL).
 */
public final class ModuleSymbols {
    /** Whether the address of {@code g} is a direct PC-relative reference (no GOT load). */
    public boolean isDirect(GlobalValue g) {
        if (g instanceof Function) {
            return true;
        }
        return g instanceof GlobalVariable v && LinkageMapping.isEmitted(v);
    }

    public String symbolOf(GlobalValue g) {
        return g.name();
    }

    /** The LOCAL data symbol marking the address of a block of {@code function}. */
    public static String blockSymbol(Function function, BasicBlock block) {
        return SymbolNames.ofBlock(function, block);
    }
}
