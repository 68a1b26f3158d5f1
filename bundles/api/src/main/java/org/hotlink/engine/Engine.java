package org.hotlink.engine;

import java.util.List;
import java.util.OptionalLong;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.memory.MemoryStatistics;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A JIT engine: modules added to it share one symbol table and one memory arena. Engines are
 * independent: symbols of one are never seen by another.
 *
 * <p>Thread-safe: modules may be added, redefined and removed from any thread while other threads
 * (Java threads in {@code invoke*}, native threads from {@link #spawn}) run compiled code. Every
 * function reachable from outside its module version is called through an entry stub that jumps
 * through a pointer slot, so a redefinition switches callers with one atomic store per function:
 * frames already running old code finish in it and the next call runs the new code. Memory of
 * replaced code is freed when no thread can run it any more (see {@link ReclamationPolicy}).
 *
 * <p>Symbols may be referenced before any module defines them; they resolve when a defining module
 * arrives, without recompiling the referring modules. Calling a function that is still undefined
 * prints {@code hotlink: call to undefined function @NAME} on stderr and aborts the process.
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
    default void addModule(String moduleName, String sourceName, CharSequence irText) throws HotlinkException {
        addModule(moduleName, sourceName, irText, CompileMode.ENGINE_DEFAULT);
    }

    /**
     * Parses, verifies, compiles (now or, lazily, function by function on first call) and links a module.
     *
     * @param mode when its functions are compiled
     */
    void addModule(String moduleName, String sourceName, CharSequence irText, CompileMode mode) throws HotlinkException;

    /** Adds a module whose diagnostics name {@code moduleName + ".ll"}. */
    default void add(String moduleName, CharSequence irText) throws HotlinkException {
        addModule(moduleName, moduleName + ".ll", irText);
    }

    /**
     * Replaces a loaded module by a new version: {@code redefineAll(List.of(new ModuleSource(...)))}.
     */
    default void redefine(String moduleName, String sourceName, CharSequence irText) throws HotlinkException {
        redefineAll(List.of(new ModuleSource(moduleName, sourceName, irText)));
    }

    /** Replaces a loaded module; diagnostics name {@code moduleName + ".ll"}. */
    default void redefine(String moduleName, CharSequence irText) throws HotlinkException {
        redefine(moduleName, moduleName + ".ll", irText);
    }

    /**
     * Replaces (or, for names not loaded yet, adds) several modules as one transaction: all are
     * parsed, verified, compiled and linked before any takes effect, and if any step fails for any
     * of them nothing changes and the old code keeps running.
     *
     * <ul>
     * <li>A function keeps its entry stub, so its address and every pointer to it stored anywhere
     * lead to the new code. A function whose signature changed gets a new stub (new address) and
     * the old stub keeps leading to the old code; this is refused unless every loaded module that
     * refers to the function is in the batch too.</li>
     * <li>A global variable with the same name and type keeps its address and current value; a new
     * one is initialized; a {@code constant} takes its new value; a global whose type changed gets
     * new storage, refused unless every module that refers to it is in the batch.</li>
     * <li>Functions and globals a new version no longer defines become undefined.</li>
     * </ul>
     */
    default void redefineAll(List<ModuleSource> modules) throws HotlinkException {
        redefineAll(modules, CompileMode.ENGINE_DEFAULT);
    }

    /**
     * {@link #redefineAll(List)}, compiling the new versions as {@code mode} says. In lazy mode nothing
     * is compiled: every function of a new version goes behind its compile trampoline again.
     */
    void redefineAll(List<ModuleSource> modules, CompileMode mode) throws HotlinkException;

    /**
     * Removes a module: its symbols become undefined (calls reach the undefined-function handler),
     * its code and data are freed once no thread can use them.
     */
    void remove(String moduleName) throws HotlinkException;

    /** The modules loaded, in the order they were first added. */
    List<ModuleInfo> modules();

    /** The global symbols of the symbol table (defined, external or still undefined), sorted by name. */
    List<SymbolInfo> symbols();

    /** Makes a shared library's symbols available to modules (after compiled definitions). */
    void loadLibrary(String path) throws HotlinkException;

    /** Registers a symbol whose code or data Java provides (for example a native callback). */
    void defineSymbol(String name, long address);

    /** Binds externals and fails, naming them, if any referenced symbol is still undefined. */
    void resolveAll() throws HotlinkException;

    /** The address of a symbol: a function's entry stub, a global's storage. */
    OptionalLong lookup(String symbol);

    /**
     * Calls a compiled function of C type {@code long f(long...)} (up to six integer or pointer
     * arguments) on this thread, which is a registered reader for reclamation during the call.
     */
    long invokeLong(String symbol, long... arguments) throws HotlinkException;

    /** Calls a function of C type {@code int f(long...)}; narrower integer arguments are passed as longs. */
    int invokeInt(String symbol, long... arguments) throws HotlinkException;

    /** Calls a function of C type {@code double f(double...)} (up to eight arguments). */
    double invokeDouble(String symbol, double... arguments) throws HotlinkException;

    /** Calls a function of C type {@code void f(long...)}. */
    void invokeVoid(String symbol, long... arguments) throws HotlinkException;

    /**
     * Starts a native thread (a pthread with a native-sized stack, not a Java thread) that calls
     * the compiled function {@code symbol} through its entry stub with one integer or pointer
     * argument; the function may take one integer or pointer parameter or none, and return an
     * integer, a pointer or nothing. The thread is a registered reader for reclamation: a function
     * that loops should call {@code hotlink_quiescent()} once per iteration.
     */
    NativeThread spawn(String symbol, long argument) throws HotlinkException;

    /**
     * Runs a program's entry function of type {@code i32 ()} or {@code i32 (i32, ptr)} (argc, argv)
     * on a new native thread as {@link #spawn} does, with the engine's fault handler installed as
     * for {@link #runMainAndExit}. Used by {@code hotlink live}.
     *
     * @param argv argv[0] first
     */
    NativeThread spawnProgram(String entrySymbol, List<String> argv) throws HotlinkException;

    /**
     * Ends the process as C {@code exit(status)} does: atexit handlers and destructors run, C stdio
     * is flushed. Does not return.
     */
    void exitProcess(int status);

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
     * copied into the child as it is, so run each program from a fresh engine. Refused when a
     * module is lazy: the child could not call back into the JVM to compile.
     */
    int runMainForked(List<String> argv, List<String> envp, java.nio.file.Path stdout, java.nio.file.Path stderr,
                      long timeoutMillis) throws HotlinkException;

    EngineStatistics statistics();

    /** Bytes reserved, committed, live, retired (waiting for a grace period) and freed by the engine. */
    MemoryStatistics memory();

    /** Frees all code and data of the engine. No compiled code of it may be running. */
    @Override
    void close();
}
