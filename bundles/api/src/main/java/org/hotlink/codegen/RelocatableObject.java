package org.hotlink.codegen;

import java.util.List;
import java.util.Objects;

/**
 * What a back-end makes of one module: sections, a symbol table (definitions and references) and
 * the relocations inside the sections. Nothing in it depends on where it will be placed.
 * Each function gets its own code section and each global its own data section, so that a later
 * redefinition can replace or keep them one by one.
 *
 * @param moduleName the module it was compiled from
 * @param sections   the sections, indexed by {@link ObjectSymbol#section()} and {@link Relocation#targetSection()}
 * @param symbols    definitions and undefined references
 * @param statistics what compiling it cost and produced
 */
public record RelocatableObject(String moduleName, List<ObjectSection> sections, List<ObjectSymbol> symbols,
                                CompileStatistics statistics) {
    public RelocatableObject {
        Objects.requireNonNull(moduleName, "moduleName");
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
        Objects.requireNonNull(statistics, "statistics");
    }
}
