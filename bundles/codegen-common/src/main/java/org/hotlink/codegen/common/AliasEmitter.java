package org.hotlink.codegen.common;

import java.util.Map;

import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;

/**
 * Defines an alias's symbol where its aliasee lies: in the aliasee's section, at the aliasee's
 * offset plus the alias's own offset, with the alias's binding; a FUNCTION symbol when the
 * aliasee is a function. Chains of aliases resolve to the final aliasee.
 */
final class AliasEmitter {
    private final DataLayout layout;
    private final ConstantEvaluator evaluator;

    AliasEmitter(DataLayout layout, ConstantEvaluator evaluator) {
        this.layout = layout;
        this.evaluator = evaluator;
    }

    /**
     * Defines {@code alias} in {@code builder}, or does nothing when its aliasee is not placed in a
     * section there (nor in {@code functionSections}): left out, or a lazy function without code.
     */
    void emit(GlobalAlias alias, ObjectBuilder builder, Map<Function, Integer> functionSections)
            throws UnsupportedConstructException {
        SourceLocation at = alias.location();
        if (alias.isThreadLocal()) {
            throw new UnsupportedConstructException("unsupported: thread_local alias @" + alias.name(), at);
        }
        SymbolBinding binding = LinkageMapping.definitionBinding(alias);
        ConstantValue value = evaluator.evaluate(alias.aliasee(), at);
        if (!(value instanceof SymbolicAddress address) || address.isBlockAddress()) {
            throw new UnsupportedConstructException("unsupported: alias @" + alias.name() + " to " + value
                    + ", which is not the address of a global or function", at);
        }
        ObjectSymbol target = builder.symbol(address.symbolName());
        if ((target == null || !target.isPlaced()) && address.target() instanceof Function function
                && functionSections.containsKey(function)) {
            int section = functionSections.get(function);
            target = new ObjectSymbol(address.symbolName(), SymbolKind.FUNCTION, SymbolBinding.LOCAL, section, 0,
                    builder.section(section).size());
        }
        if (target == null || !target.isPlaced()) {
            return;
        }
        long offset = target.offset() + address.offset();
        long sectionSize = builder.section(target.section()).size();
        if (offset < 0 || offset > sectionSize) {
            throw new UnsupportedConstructException("unsupported: alias @" + alias.name() + " points "
                    + address.offset() + " bytes from @" + address.target().name() + ", outside its section", at);
        }
        SymbolKind kind = address.symbolKind();
        long size = kind == SymbolKind.FUNCTION ? target.size() : layout.allocSizeOf(alias.valueType());
        builder.define(SymbolNames.of(alias), kind, binding, target.section(), offset, size);
    }
}
