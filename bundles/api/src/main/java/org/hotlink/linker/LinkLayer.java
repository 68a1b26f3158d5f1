package org.hotlink.linker;

import java.util.List;
import java.util.OptionalLong;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;

/**
 * One engine's symbol table and the code placed under it. Every function name has one entry stub
 * whose pointer slot is set when a definition arrives; every data name referenced through a GOT
 * has one slot. Definitions take precedence over external symbols: externals are bound only by
 * {@link #bindExternals()}, and a later definition rebinds the slot. Thread-safe.
 */
public interface LinkLayer extends AutoCloseable {
    /**
     * Places the object's sections, resolves what it can, patches relocations, finalizes
     * permissions and publishes its definitions. Fails without publishing anything.
     *
     * @throws DuplicateSymbolException when it strongly defines a name already strongly defined
     */
    LinkedObject add(RelocatableObject object) throws LinkException, DuplicateSymbolException;

    /** Binds every referenced name that no compiled code defines to an external symbol, where one exists. */
    void bindExternals();

    /** Names referenced (not weakly) that neither compiled code nor an external source defines, sorted. */
    List<String> undefinedSymbols();

    /** A function's entry-stub address or a data symbol's address; empty if undefined. */
    OptionalLong lookup(String name);

    /** Sets where the slot of a function that is still undefined points (a handler that reports it). */
    void setUndefinedFunctionTarget(long address);

    /** Frees every placed object and stub of this layer. */
    @Override
    void close();
}
