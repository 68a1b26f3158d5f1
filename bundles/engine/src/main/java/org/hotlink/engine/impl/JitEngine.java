package org.hotlink.engine.impl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UndefinedSymbolException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.EngineStatistics;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.engine.ModuleSource;
import org.hotlink.engine.NativeThread;
import org.hotlink.engine.ProgramExitListener;
import org.hotlink.engine.SymbolInfo;
import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.engine.CompileMode;
import org.hotlink.engine.impl.lazy.LazyCompileFailure;
import org.hotlink.engine.impl.lazy.LazyCompiler;
import org.hotlink.engine.impl.lazy.LazyModuleVersion;
import org.hotlink.engine.impl.lazy.LazyModuleVersions;
import org.hotlink.engine.impl.reclaim.QuiescentReclaimer;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkedObject;
import org.hotlink.engine.impl.reclaim.ReclamationRuntimeModule;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.Module;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.ExternalSymbols;
import org.hotlink.linker.LinkLayer;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.MemoryStatistics;

/**
 * One engine: a memory arena, a link layer (the one symbol table), the modules loaded in it and
 * the reclaimer that frees replaced code. Adding, redefining and removing modules (and loading the
 * engine's own runtime modules) are serialized by the engine's lock, the monitor of this object;
 * nothing holds it while waiting for a grace period (retiring memory never blocks). Lookups,
 * {@code invoke*} and native threads do not take it once the reclamation runtime is loaded: they
 * read the layer, which is thread-safe on its own.
 *
 * <p>The reclamation runtime module and the reclaimer are loaded on first need (the first
 * redefinition, removal, invoke or spawn, or a module declaring one of its functions)
 * rather than at creation: measured on the 2-core build machine, they cost about 200 ms with a warm
 * JVM (380 ms cold) against 20 to 70 ms for the rest of engine creation, and {@code hotlink run}
 * never needs them.
 */
final class JitEngine implements Engine {
    /** The functions compiled code may call in the engine's reclamation runtime. */
    private static final java.util.Set<String> RUNTIME_FUNCTIONS = java.util.Set.of(ReclamationRuntimeModule.QUIESCENT,
            ReclamationRuntimeModule.THREAD_REGISTER, ReclamationRuntimeModule.THREAD_UNREGISTER);

    private final MemoryArena arena;
    private final ExternalSymbols externals;
    private final LinkLayer layer;
    private final EngineStatisticsCounter statistics = new EngineStatisticsCounter();
    private final ModuleTable table = new ModuleTable();
    private final ModuleCompiler compiler;
    private final ModuleTransactions transactions;
    private final ReclamationService reclamation;
    private final CompiledFunctionCalls calls;
    private final PosixCalls posix = new PosixCalls();
    private final NativeThreadStarter threads = new NativeThreadStarter(posix);
    private final FaultHandlers faults = new FaultHandlers();
    private final ProgramRunner programs;
    private final EngineOptions options;
    private final CompileHelpers compileHelpers;
    private final LazyModuleVersions lazyVersions = new LazyModuleVersions();
    /**
     * What the lazy trampolines call, made on the first lazy module. Held here for the engine's
     * life: native code reaches it only through the layer's compiler slots, which JNA's weak
     * callback table would not keep alive.
     */
    private LazyCompiler lazyCompiler;
    /** The bodies of the versions in effect compiled eagerly, for the fault handler's table; set under the lock. */
    private volatile List<CodeRange> eagerBodies = List.of();
    /** Written under the engine's lock; volatile so that calls that do not take the lock see it. */
    private volatile boolean closed;

    private JitEngine(EngineServices services, EngineOptions options, MemoryArena arena, ExternalSymbols externals,
                      LinkLayer layer) {
        this.arena = arena;
        this.externals = externals;
        this.layer = layer;
        this.options = options;
        this.compileHelpers = new CompileHelpers(options.compileThreads());
        this.compiler = new ModuleCompiler(services, statistics, compileHelpers);
        this.reclamation = new ReclamationService(options.reclamation());
        this.transactions = new ModuleTransactions(compiler, layer, table, statistics, reclamation::retire,
                this::loadRuntimeFor, lazyVersions);
        this.calls = new CompiledFunctionCalls(() -> startedReclaimer().enterJava());
        this.programs = new ProgramRunner(this, services, compiler, table, transactions, posix, faults, threads);
    }

    /** Creates an engine with its libc shims and undefined-function handler linked. */
    static JitEngine create(EngineServices services, EngineOptions options) throws HotlinkException {
        MemoryArena arena = services.memory().createArena(options.reserveBytes());
        LinkLayer layer = null;
        try {
            ExternalSymbols externals = services.resolver().createScope();
            layer = services.linker().createLayer(arena, services.backend().stubWriter(), externals);
            JitEngine engine = new JitEngine(services, options, arena, externals, layer);
            engine.loadStartupModules();
            return engine;
        } catch (HotlinkException | RuntimeException e) {
            if (layer != null) {
                layer.close();
            }
            arena.close();
            throw e;
        }
    }

    private synchronized void loadStartupModules() throws HotlinkException {
        transactions.addRuntime(LibcShimModule.MODULE_NAME,
                LibcShimModule.text(compiler.triple(), compiler.dataLayout()));
        transactions.addRuntime(UndefinedFunctionModule.MODULE_NAME,
                UndefinedFunctionModule.text(compiler.triple(), compiler.dataLayout()));
        layer.setUndefinedFunctionHandler(runtimeSymbol(UndefinedFunctionModule.HANDLER));
    }

    /**
     * Loads the reclamation runtime module and starts the reclaimer, once. Called on first need
     * (redefine, remove, invoke, spawn) and before linking a module that names a runtime symbol.
     */
    private synchronized void ensureReclamationRuntime() throws HotlinkException {
        ensureOpen();
        if (reclamation.reclaimer() != null) {
            return;
        }
        if (!table.contains(ReclamationRuntimeModule.MODULE_NAME)) {
            transactions.addRuntime(ReclamationRuntimeModule.MODULE_NAME,
                    ReclamationRuntimeModule.text(compiler.triple(), compiler.dataLayout()));
        }
        reclamation.start(this::runtimeSymbol);
    }

    /**
     * Before a user module is linked: a module that calls the reclamation runtime gets it first, and
     * one that defines a name of the engine's runtime (its public functions, or any {@code __hotlink*}
     * name) is refused, whether or not the runtime is loaded yet, since the runtime loads on first need.
     */
    private void loadRuntimeFor(Module module) throws HotlinkException {
        List<GlobalValue> definitions = new ArrayList<>(module.functions());
        definitions.addAll(module.globals());
        definitions.addAll(module.aliases());
        for (GlobalValue value : definitions) {
            if (!value.isDeclaration() && !value.linkage().isLocal() && isRuntimeName(value.name())) {
                throw new DuplicateSymbolException("'" + value.name() + "' is a name of Hotlink's runtime;"
                        + " a module cannot define it", value.location());
            }
        }
        for (Function function : module.functions()) {
            if (function.isDeclaration() && RUNTIME_FUNCTIONS.contains(function.name())) {
                ensureReclamationRuntime();
                return;
            }
        }
    }

    private static boolean isRuntimeName(String name) {
        return RUNTIME_FUNCTIONS.contains(name) || name.startsWith("__hotlink");
    }

    /** The reclaimer, loading the runtime first if needed (the only time a caller takes the lock). */
    private QuiescentReclaimer startedReclaimer() throws HotlinkException {
        QuiescentReclaimer running = reclamation.reclaimer();
        if (running != null) {
            return running;
        }
        ensureReclamationRuntime();
        return reclamation.reclaimer();
    }

    /** The address of a symbol the engine's own runtime modules define; they are always linked. */
    long runtimeSymbol(String name) {
        return layer.lookup(name).orElseThrow(
                () -> new IllegalStateException("engine runtime symbol '" + name + "' is not defined"));
    }

    @Override
    public synchronized void addModule(String moduleName, String sourceName, CharSequence irText, CompileMode mode)
            throws HotlinkException {
        ensureOpen();
        transactions.add(moduleName, sourceName, irText, resolve(mode));
        afterChange();
    }

    @Override
    public synchronized void redefineAll(List<ModuleSource> modules, CompileMode mode) throws HotlinkException {
        ensureOpen();
        ensureReclamationRuntime();
        transactions.redefineAll(modules, resolve(mode));
        afterChange();
    }

    /**
     * The mode a call asks for, the engine's default made explicit; the trampolines' compiler is set up
     * before the first lazy module links.
     */
    private CompileMode resolve(CompileMode mode) throws HotlinkException {
        CompileMode resolved = mode != CompileMode.ENGINE_DEFAULT ? mode
                : options.lazy() ? CompileMode.LAZY : CompileMode.EAGER;
        if (resolved == CompileMode.LAZY && lazyCompiler == null) {
            startLazyCompiler();
        }
        return resolved;
    }

    /**
     * Makes the callback the lazy trampolines reach, through {@link JavaEntryModule#LAZY_COMPILE}
     * (which keeps the JVM's own faults on a program thread the JVM's).
     */
    private void startLazyCompiler() throws HotlinkException {
        LazyCompiler callback = new LazyCompiler(layer, lazyVersions, this::materialize, options.compileThreads(),
                this::afterLazyCompile, new LazyCompileFailure());
        setJavaCallback(JavaEntryModule.LAZY_CALLBACK, com.sun.jna.CallbackReference.getFunctionPointer(callback));
        lazyCompiler = callback;
        layer.setLazyCompiler(runtimeSymbol(JavaEntryModule.LAZY_COMPILE));
    }

    /**
     * Stores a JNA callback's address where its {@link JavaEntryModule} entry function finds it,
     * loading that module first if needed. The caller keeps the callback object alive.
     */
    synchronized void setJavaCallback(String slot, com.sun.jna.Pointer callback) throws HotlinkException {
        if (!table.contains(JavaEntryModule.MODULE_NAME)) {
            transactions.addRuntime(JavaEntryModule.MODULE_NAME,
                    JavaEntryModule.text(compiler.triple(), compiler.dataLayout()));
        }
        new com.sun.jna.Pointer(runtimeSymbol(slot)).setPointer(0, callback);
    }

    /** Compiles one lazy function of a registered version and links it; runs on the calling thread, without the lock. */
    private java.util.Optional<LinkedObject> materialize(LazyModuleVersion module, LazyFunction function)
            throws HotlinkException {
        RelocatableObject code = compiler.compile(module.moduleName(), module.ir(),
                CompileOptions.function(function.name()), true);
        long start = System.nanoTime();
        java.util.Optional<LinkedObject> linked = layer.materialize(function, code);
        statistics.addLink(System.nanoTime() - start);
        return linked;
    }

    private void afterLazyCompile() {
        faults.updateFunctions(this::currentBodies);
    }

    /** Every function body of the versions in effect, eager and lazily compiled; takes no lock of the engine. */
    private List<CodeRange> currentBodies() {
        List<CodeRange> bodies = new ArrayList<>(eagerBodies);
        bodies.addAll(lazyVersions.compiledBodies());
        return bodies;
    }

    @Override
    public synchronized void remove(String moduleName) throws HotlinkException {
        ensureOpen();
        ensureReclamationRuntime();
        transactions.remove(moduleName);
        afterChange();
    }

    /** Keeps the fault handler's function names current once a program runs. */
    private void afterChange() {
        refreshEagerBodies();
        faults.updateFunctions(this::currentBodies);
    }

    /** The machine code of every function of every loaded module version, lazily compiled ones included. */
    synchronized List<CodeRange> functionBodies() {
        refreshEagerBodies();
        return currentBodies();
    }

    private void refreshEagerBodies() {
        List<CodeRange> bodies = new ArrayList<>();
        for (LoadedModule module : table.all()) {
            bodies.addAll(module.linked().functionBodies());
        }
        eagerBodies = List.copyOf(bodies);
    }

    @Override
    public synchronized List<ModuleInfo> modules() {
        return table.userModules();
    }

    @Override
    public synchronized List<SymbolInfo> symbols() {
        return SymbolListing.list(table, layer);
    }

    @Override
    public synchronized void loadLibrary(String path) throws HotlinkException {
        ensureOpen();
        externals.loadLibrary(path);
        layer.bindExternals();
    }

    /** Registers the symbol and binds it at once where code already refers to it (late binding). */
    @Override
    public synchronized void defineSymbol(String name, long address) {
        externals.define(name, address);
        if (!closed) {
            layer.bindExternals();
        }
    }

    @Override
    public synchronized void resolveAll() throws HotlinkException {
        ensureOpen();
        long start = System.nanoTime();
        layer.bindExternals();
        List<String> undefined = layer.undefinedSymbols();
        statistics.addLink(System.nanoTime() - start);
        if (!undefined.isEmpty()) {
            String name = undefined.get(0);
            GlobalValue declaration = null;
            String referrer = null;
            for (LoadedModule module : table.all()) {
                declaration = module.ir().globalValue(name);
                if (declaration != null) {
                    referrer = module.name();
                    break;
                }
            }
            throw new UndefinedSymbolException("undefined symbol '" + name + "'"
                    + (referrer == null ? "" : " referenced by module '" + referrer + "'"),
                    declaration == null ? SourceLocation.UNKNOWN : declaration.location());
        }
    }

    @Override
    public OptionalLong lookup(String symbol) {
        return layer.lookup(symbol);
    }

    private long definedAddress(String symbol) throws HotlinkException {
        ensureOpen();
        return lookup(symbol).orElseThrow(() -> new UndefinedSymbolException("undefined symbol '" + symbol + "'"));
    }

    @Override
    public long invokeLong(String symbol, long... arguments) throws HotlinkException {
        return calls.callLong(symbol, definedAddress(symbol), arguments);
    }

    @Override
    public int invokeInt(String symbol, long... arguments) throws HotlinkException {
        return calls.callInt(symbol, definedAddress(symbol), arguments);
    }

    @Override
    public double invokeDouble(String symbol, double... arguments) throws HotlinkException {
        return calls.callDouble(symbol, definedAddress(symbol), arguments);
    }

    @Override
    public void invokeVoid(String symbol, long... arguments) throws HotlinkException {
        calls.callVoid(symbol, definedAddress(symbol), arguments);
    }

    @Override
    public NativeThread spawn(String symbol, long argument) throws HotlinkException {
        startedReclaimer();
        ReturnConversion conversion;
        synchronized (this) {
            ensureOpen();
            conversion = NativeThreadStarter.spawnable(compiledFunction(symbol));
        }
        return threads.start(runtimeSymbol(ReclamationRuntimeModule.SPAWN_ENTRY), definedAddress(symbol), argument,
                List.of(), conversion);
    }

    /**
     * The IR of the definition of {@code symbol} in effect. Called under the engine's lock.
     *
     * @throws UndefinedSymbolException when no loaded module defines it
     */
    Function compiledFunction(String symbol) throws UndefinedSymbolException {
        String moduleName = layer.definingModule(symbol);
        LoadedModule module = moduleName == null ? null : table.get(moduleName);
        Function function = module == null ? null : module.ir().function(symbol);
        if (function == null || function.isDeclaration()) {
            throw new UndefinedSymbolException("no loaded module defines function '" + symbol + "'");
        }
        return function;
    }

    @Override
    public NativeThread spawnProgram(String entrySymbol, List<String> argv) throws HotlinkException {
        startedReclaimer();
        return programs.spawnProgram(entrySymbol, argv);
    }

    @Override
    public void exitProcess(int status) {
        posix.exit(status);
    }

    @Override
    public void runMainAndExit(List<String> argv, List<String> envp, ProgramExitListener listener)
            throws HotlinkException {
        programs.runMainAndExit(argv, envp, listener);
    }

    @Override
    public int runMainForked(List<String> argv, List<String> envp, Path stdout, Path stderr, long timeoutMillis)
            throws HotlinkException {
        if (lazyVersions.hasAny()) {
            // The child of fork() has only the forking thread: it cannot call back into the JVM to compile.
            throw new HotlinkException("a forked program cannot compile lazily; add its modules eagerly");
        }
        return programs.runMainForked(argv, envp, stdout, stderr, timeoutMillis);
    }

    @Override
    public EngineStatistics statistics() {
        return statistics.snapshot();
    }

    /**
     * The arena's counts, with the memory waiting for a grace period moved from live (the arena
     * still counts it as a finalized allocation) to retired.
     */
    @Override
    public MemoryStatistics memory() {
        MemoryStatistics arenaCounts = arena.statistics();
        long waiting = reclamation.waitingBytes();
        return new MemoryStatistics(arenaCounts.reserved(), arenaCounts.committed(),
                Math.max(0, arenaCounts.live() - waiting), arenaCounts.retired() + waiting, arenaCounts.freed());
    }

    /** The arena's first address and size, for the fault handler's check of where a fault happened. */
    long arenaBase() {
        return arena.base();
    }

    long arenaSize() {
        return arena.size();
    }

    void ensureOpen() throws HotlinkException {
        if (closed) {
            throw new HotlinkException("engine is closed");
        }
    }

    /** Stops the reclaimer, puts back the signal actions the engine replaced, then frees everything. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        compileHelpers.close();
        reclamation.close();
        lazyVersions.clear();
        faults.uninstall();
        threads.forgetAll();
        layer.close();
        arena.close();
        table.clear();
    }
}
