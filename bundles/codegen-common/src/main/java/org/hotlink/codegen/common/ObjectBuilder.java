package org.hotlink.codegen.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;

/**
 * Collects the sections and the symbol table of one relocatable object while a back-end compiles
 * a module, then checks and freezes them into a {@link RelocatableObject}.
 *
 * <p>Symbols are kept by name in the order first seen. A name is either defined (once: a second
 * definition is an {@link IllegalStateException} naming it) or only referenced; references to one
 * name are merged (strong wins over weak), and a definition replaces an earlier or later reference.
 * A lazy function definition ({@link ObjectSymbol#lazy}) counts as a definition but has no section.
 * {@link #build} checks that every relocation lies inside its section, that every section index
 * is valid and that every relocation's symbol is in the table. Not thread-safe: one builder per
 * compilation.
 */
public final class ObjectBuilder {
    private final List<ObjectSection> sections = new ArrayList<>();
    private final Map<String, ObjectSymbol> symbols = new LinkedHashMap<>();

    /** Adds a section and returns its index, the value for {@link ObjectSymbol#section()}. */
    public int addSection(ObjectSection section) {
        sections.add(Objects.requireNonNull(section, "section"));
        return sections.size() - 1;
    }

    /** The section added under {@code index}. */
    public ObjectSection section(int index) {
        checkSectionIndex(index, "section lookup");
        return sections.get(index);
    }

    /** Number of sections added so far; the next section gets this index. */
    public int sectionCount() {
        return sections.size();
    }

    /**
     * Defines a symbol. An undefined reference of the same name is replaced.
     *
     * @throws IllegalStateException if {@code name} is already defined, naming it
     * @throws IllegalArgumentException if the section index is not a section of this builder, or
     *         the offset lies outside the section
     */
    public void define(String name, SymbolKind kind, SymbolBinding binding, int section, long offset, long size) {
        define(new ObjectSymbol(name, kind, binding, section, offset, size));
    }

    /**
     * Defines {@code symbol}, placed in a section or lazy; see
     * {@link #define(String, SymbolKind, SymbolBinding, int, long, long)}.
     *
     * @throws IllegalArgumentException also for a lazy definition that is not a function
     */
    public void define(ObjectSymbol symbol) {
        Objects.requireNonNull(symbol, "symbol");
        if (!symbol.isDefined()) {
            throw new IllegalArgumentException("symbol " + symbol.name() + " is not a definition; use reference()");
        }
        if (symbol.isLazy()) {
            // Only code is compiled later; data always lies in a section of the object.
            if (symbol.kind() != SymbolKind.FUNCTION) {
                throw new IllegalArgumentException("symbol " + symbol.name() + " is a lazy definition of "
                        + symbol.kind() + "; only functions can be lazy");
            }
        } else {
            checkPlacement(symbol);
        }
        ObjectSymbol previous = symbols.get(symbol.name());
        if (previous != null && previous.isDefined()) {
            throw new IllegalStateException("symbol " + symbol.name() + " is defined twice");
        }
        symbols.put(symbol.name(), symbol);
    }

    /** Checks that a placed symbol names a section of this builder and lies inside it. */
    private void checkPlacement(ObjectSymbol symbol) {
        checkSectionIndex(symbol.section(), "symbol " + symbol.name());
        long sectionSize = sections.get(symbol.section()).size();
        if (symbol.offset() < 0 || symbol.offset() > sectionSize) {
            throw new IllegalArgumentException("symbol " + symbol.name() + " at offset " + symbol.offset()
                    + " lies outside section " + symbol.section() + " of size " + sectionSize);
        }
    }

    /**
     * Records that the object refers to {@code name}. Has no effect if the name is defined (now or
     * later). Repeated references merge: the first kind is kept, and the reference is weak only if
     * every reference was weak ({@code extern_weak}).
     */
    public void reference(String name, SymbolKind kind, boolean weak) {
        Objects.requireNonNull(name, "name");
        ObjectSymbol previous = symbols.get(name);
        if (previous == null) {
            symbols.put(name, ObjectSymbol.undefined(name, kind, weak));
        } else if (!previous.isDefined() && previous.binding() == SymbolBinding.WEAK && !weak) {
            symbols.put(name, ObjectSymbol.undefined(name, previous.kind(), false));
        }
    }

    /** Whether {@code name} has a definition in this builder. */
    public boolean isDefined(String name) {
        ObjectSymbol symbol = symbols.get(name);
        return symbol != null && symbol.isDefined();
    }

    /** The symbol named {@code name} (definition or reference), or null. */
    public ObjectSymbol symbol(String name) {
        return symbols.get(name);
    }

    /** All symbols so far, definitions and references, in the order first seen (unmodifiable). */
    public List<ObjectSymbol> symbols() {
        return Collections.unmodifiableList(new ArrayList<>(symbols.values()));
    }

    /**
     * Checks the collected parts and returns the object.
     *
     * @throws IllegalStateException naming the first relocation that lies outside its section,
     *         targets a section that does not exist, or names a symbol that is neither defined nor referenced
     */
    public RelocatableObject build(String moduleName, CompileStatistics statistics) {
        for (int index = 0; index < sections.size(); index++) {
            checkRelocations(index, sections.get(index));
        }
        return new RelocatableObject(moduleName, sections, new ArrayList<>(symbols.values()), statistics);
    }

    private void checkRelocations(int index, ObjectSection section) {
        for (Relocation relocation : section.relocations()) {
            if (section.kind() == SectionKind.ZERO_FILL) {
                throw new IllegalStateException(where(index, section, relocation)
                        + ": a zero-filled section cannot hold relocations");
            }
            if ((long) relocation.offset() + relocation.type().width() > section.size()) {
                throw new IllegalStateException(where(index, section, relocation) + ": its " + relocation.type().width()
                        + " bytes end past the section's " + section.size() + " bytes");
            }
            if (relocation.isSectionRelative()) {
                if (relocation.targetSection() < 0 || relocation.targetSection() >= sections.size()) {
                    throw new IllegalStateException(where(index, section, relocation) + ": target section "
                            + relocation.targetSection() + " does not exist (" + sections.size() + " sections)");
                }
            } else if (!symbols.containsKey(relocation.symbol())) {
                throw new IllegalStateException(where(index, section, relocation) + ": symbol " + relocation.symbol()
                        + " is neither defined nor referenced");
            }
        }
    }

    /** Names a relocation in messages (built only once a check failed). */
    private static String where(int index, ObjectSection section, Relocation relocation) {
        return "relocation at offset " + relocation.offset() + " of section " + index + " (" + section.name() + ")";
    }

    private void checkSectionIndex(int index, String what) {
        if (index < 0 || index >= sections.size()) {
            throw new IllegalArgumentException(what + ": section index " + index + " is not one of the "
                    + sections.size() + " sections");
        }
    }
}
