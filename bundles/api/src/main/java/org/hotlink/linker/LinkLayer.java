package org.hotlink.linker;

import java.util.List;
import java.util.OptionalLong;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;

/**
 * One engine's symbol table and the code placed under it. Every function name (and every local
 * function of a module, by module and name) has one entry stub whose pointer slot leads to the
 * definition in effect; every data name referenced through a GOT has one slot. Definitions take
 * precedence over external symbols: externals are bound only by {@link #bindExternals()}, and a
 * later definition rebinds the slot. A module's code and data are placed in separate allocations,
 * so code can be retired on redefinition while data that kept state stays. Thread-safe; compiled
 * code never takes the layer's lock, it only reads slots.
 */
public interface LinkLayer extends AutoCloseable {
    /**
     * Adds one new module: {@code update(List.of(ModuleReplacement.of(object))).linked().get(0)}.
     *
     * @throws DuplicateSymbolException when it strongly defines a name already strongly defined
     */
    LinkedObject add(RelocatableObject object) throws LinkException, DuplicateSymbolException;

    /**
     * Adds, replaces and removes modules as one transaction. Every new object is placed, resolved,
     * patched and finalized first, against the symbol table as it will be once the whole update is
     * in effect; only then are slots stored (one atomic store each, so a reader sees the old or the
     * new target, never a mix), the old versions' code retired and removed modules' symbols
     * unpublished (their stubs lead to the undefined-function handler again). If anything fails,
     * nothing is published and the table is as before.
     *
     * <p>A replaced module's functions keep their stubs (same addresses) unless listed as fresh;
     * its local functions and data are matched by name with the old version's. Code of the old
     * version is returned as retired memory, except when an old stub still leads into it (a fresh
     * function). Data of an old version stays (kept state may point into it) until the module is
     * removed, when it is retired too.
     *
     * @throws DuplicateSymbolException when a strong definition clashes with one outside the update
     */
    LinkUpdate update(List<ModuleReplacement> replacements) throws LinkException, DuplicateSymbolException;

    /** Binds every referenced name that no compiled code defines to an external symbol, where one exists. */
    void bindExternals();

    /** Names referenced (not weakly) that neither compiled code nor an external source defines, sorted. */
    List<String> undefinedSymbols();

    /** A function's entry-stub address or a data symbol's address; empty if undefined. */
    OptionalLong lookup(String name);

    /** The module whose definition of {@code name} is in effect, or null (undefined or external). */
    String definingModule(String name);

    /**
     * Sets the function that calls of still undefined functions reach: it is entered as if called
     * directly by the caller, with a pointer to the function's name (a NUL-terminated string) as
     * its first argument, and must not return (it reports the name and aborts).
     */
    void setUndefinedFunctionHandler(long address);

    /** Frees every placed object and stub of this layer. No compiled code of it may be running. */
    @Override
    void close();
}
