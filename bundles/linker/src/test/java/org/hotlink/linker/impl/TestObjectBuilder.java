package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;

/** Builds hand-made relocatable objects: one section per defined symbol, as the back-end emits them. */
final class TestObjectBuilder {
    private final String module;
    private final List<ObjectSection> sections = new ArrayList<>();
    private final List<ObjectSymbol> symbols = new ArrayList<>();

    TestObjectBuilder(String module) {
        this.module = module;
    }

    TestObjectBuilder function(String name, SymbolBinding binding, byte[] code, Relocation... relocations) {
        return define(name, SymbolKind.FUNCTION, binding, SectionKind.CODE, code, relocations);
    }

    TestObjectBuilder data(String name, SymbolBinding binding, SectionKind kind, byte[] bytes, Relocation... relocations) {
        return define(name, SymbolKind.DATA, binding, kind, bytes, relocations);
    }

    /** A lazy function definition: no code, its stub leads to the lazy-compile trampoline. */
    TestObjectBuilder lazy(String name, SymbolBinding binding) {
        symbols.add(ObjectSymbol.lazy(name, binding));
        return this;
    }

    TestObjectBuilder undefined(String name, SymbolKind kind, boolean weak) {
        symbols.add(ObjectSymbol.undefined(name, kind, weak));
        return this;
    }

    private TestObjectBuilder define(String name, SymbolKind kind, SymbolBinding binding, SectionKind sectionKind, byte[] bytes,
                                     Relocation... relocations) {
        String prefix = sectionKind == SectionKind.CODE ? ".text." : ".data.";
        sections.add(ObjectSection.of(prefix + name, sectionKind, 16, bytes, List.of(relocations)));
        symbols.add(new ObjectSymbol(name, kind, binding, sections.size() - 1, 0, bytes.length));
        return this;
    }

    RelocatableObject build() {
        long codeBytes = 0;
        int functions = 0;
        for (ObjectSection section : sections) {
            if (section.kind() == SectionKind.CODE) {
                codeBytes += section.size();
                functions++;
            }
        }
        return new RelocatableObject(module, sections, symbols, new CompileStatistics(functions, codeBytes, 0));
    }
}
