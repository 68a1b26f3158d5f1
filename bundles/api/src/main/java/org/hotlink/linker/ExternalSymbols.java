package org.hotlink.linker;

import java.util.OptionalLong;
import org.hotlink.diagnostic.LinkException;

/**
 * The symbols one engine can bind to outside its own compiled code, in precedence order: those
 * registered by Java code, then shared libraries in the order they were loaded, then the process
 * itself (libc, libm, libgcc). Thread-safe.
 */
public interface ExternalSymbols {
    /** Registers a symbol defined by Java code (for example the address of a native callback). */
    void define(String name, long address);

    /** Makes a shared library's symbols available, as {@code lli -load} does. */
    void loadLibrary(String path) throws LinkException;

    /** The address of {@code name}, or empty when no source defines it. */
    OptionalLong lookup(String name);
}
