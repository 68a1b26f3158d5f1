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

    /**
     * Sets the C function the lazy trampolines call on the first call of a lazy function:
     * {@code uint64_t compile(uint64_t stubAddress)}, returning the address to continue at (see
     * {@link org.hotlink.codegen.StubWriter#writeLazyTrampoline}). It is held in a data slot; until it
     * is set, the slot holds 0.
     */
    void setLazyCompiler(long address);

    /**
     * The lazy function a call through the entry stub at {@code stubAddress} reaches now, if its
     * slot leads to a lazy definition; empty when the stub leads to compiled code, an external, the
     * undefined-function handler, or is not a stub of this layer in use under a name.
     */
    java.util.Optional<LazyFunction> lazyFunction(long stubAddress);

    /** The address a call through the entry stub at {@code stubAddress} continues at now (its slot's value). */
    long stubTarget(long stubAddress);

    /**
     * Places the code compiled for a lazy function (an object made with
     * {@link org.hotlink.codegen.CompileOptions#function}) and publishes it: its undefined
     * references resolve in the module's scope (the version's local symbols first, then global
     * names; global names new to the table are bound to externals at once), the code is finalized,
     * and only then the function's definition changes from lazy to the code (one slot store). The
     * code belongs to the module version: it is retired with it, and listed among its bodies.
     *
     * @return the placed code, or empty if {@code function}'s module version is no longer in effect
     *         or the function is no longer lazy there (nothing is placed; the caller calls through the
     *         stub again)
     * @throws LinkException when the code cannot be placed or a reference cannot be resolved
     */
    java.util.Optional<LinkedObject> materialize(LazyFunction function, RelocatableObject code) throws LinkException;

    /** Frees every placed object and stub of this layer. No compiled code of it may be running. */
    @Override
    void close();
}
