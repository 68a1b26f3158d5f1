package org.hotlink.engine;

import java.util.List;
import java.util.OptionalLong;
import org.hotlink.diagnostic.HotlinkException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A JIT engine: modules added to it share one symbol table and one memory arena. Thread-safe.
 * Engines are independent: symbols of one are never seen by another.
 */
@ProviderType
public interface Engine extends AutoCloseable {
    /**
     * Parses, verifies, compiles and links a module.
     *
     * @param moduleName unique name of the module in this engine
     * @param sourceName file name used in diagnostics
     * @param irText     LLVM IR text
     */
    void addModule(String moduleName, String sourceName, CharSequence irText) throws HotlinkException;

    /** Makes a shared library's symbols available to modules (after compiled definitions). */
    void loadLibrary(String path) throws HotlinkException;

    /** Registers a symbol whose code or data Java provides (for example a native callback). */
    void defineSymbol(String name, long address);

    /** Binds externals and fails, naming them, if any referenced symbol is still undefined. */
    void resolveAll() throws HotlinkException;

    /** The address of a symbol: a function's entry stub, a global's storage. */
    OptionalLong lookup(String symbol);

    /** Calls a compiled function of C type {@code long f(long...)} (up to six integer or pointer arguments) on this thread. */
    long invokeLong(String symbol, long... arguments) throws HotlinkException;

    /**
     * Runs a C program's {@code main} as a native program would: constructors first, main on a
     * native thread with a native-sized stack, then destructors, atexit handlers and stdio flushing,
     * and ends the process with main's status; {@code exit(n)} inside the program does the same.
     * Does not return.
     *
     * @param argv     argv[0] first
     * @param envp     environment entries {@code NAME=value}, or null for the process environment
     *                 itself ({@code environ}), which is what a native program gets
     * @param listener told just before the process ends, on whatever thread ends it
     */
    void runMainAndExit(List<String> argv, List<String> envp, ProgramExitListener listener) throws HotlinkException;

    /**
     * Runs the program like {@link #runMainAndExit} but in a forked child process whose standard
     * output and error go to the given files and whose standard input is empty, and waits for it.
     * The child runs only native code; nothing of the JVM runs in it. Returns the exit status, or
     * 128 + signal number when a signal ended the child, or -1 when it ran out of time and was killed.
     * Meant for running many programs from one warm JVM (tests, batch runs); compiled state is
     * copied into the child as it is, so run each program from a fresh engine.
     */
    int runMainForked(List<String> argv, List<String> envp, java.nio.file.Path stdout, java.nio.file.Path stderr,
                      long timeoutMillis) throws HotlinkException;

    EngineStatistics statistics();

    /** Frees all code and data of the engine. No compiled code of it may be running. */
    @Override
    void close();
}
