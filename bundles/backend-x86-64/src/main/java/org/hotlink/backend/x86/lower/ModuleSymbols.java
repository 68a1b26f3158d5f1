package org.hotlink.backend.x86.lower;

import org.hotlink.codegen.common.LinkageMapping;
import org.hotlink.codegen.common.SymbolNames;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;

/**
 * How code refers to a module's global values. Aliases never reach here: constants are evaluated
 * by codegen-common's {@code ConstantEvaluator}, which replaces an alias by its aliasee, so an
 * alias and its aliasee have one address.
 * <ul>
 * <li>A function is reached through its symbol (PC32 for its address, PLT32 for calls): the
 *     linker points that at the function's entry stub, which follows the definition in effect,
 *     also when a later module replaces a weak one. The exception is the address of an
 *     {@code extern_weak} function: it is loaded from its GOT slot (GOTPCREL), which the linker
 *     keeps 0 until something defines the function (a stub address is never null).</li>
 * <li>A variable whose own definition is the one in effect (external, internal or private
 *     linkage, defined here) is reached directly (PC32).</li>
 * <li>Every other variable (declared, extern_weak, or defined weak, weak_odr, linkonce,
 *     linkonce_odr or common, where a strong definition in another module wins) is reached
 *     through its GOT slot (GOTPCREL), which the linker points at the winning definition.</li>
 * </ul>
 */
public final class ModuleSymbols {
    /** Whether the address of {@code g} is a direct PC-relative reference (no GOT load). */
    public boolean isDirect(GlobalValue g) {
        if (g instanceof GlobalAlias) {
            throw new IllegalArgumentException("alias @" + g.name() + " should have been resolved to its aliasee");
        }
        if (g instanceof Function) {
            return g.linkage() != Linkage.EXTERN_WEAK;
        }
        return g instanceof GlobalVariable v && !LinkageMapping.isInterposable(v);
    }

    public String symbolOf(GlobalValue g) {
        return SymbolNames.of(g);
    }

    /** The LOCAL data symbol marking the address of a block of {@code function}. */
    public static String blockSymbol(Function function, BasicBlock block) {
        return SymbolNames.ofBlock(function, block);
    }
}
