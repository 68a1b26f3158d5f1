package org.hotlink.engine.impl;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UndefinedSymbolException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.EngineStatistics;
import org.hotlink.engine.ProgramExitListener;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.Module;
import org.hotlink.linker.ExternalSymbols;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.LinkedObject;
import org.hotlink.memory.MemoryArena;

/**
 * One engine: a memory arena, a link layer (the one symbol table) and the modules added to it.
 * Each module goes through the pipeline parse, verify, check target, compile, link. Adding is
 * serialized by the engine's lock; lookups read the layer, which is thread-safe on its own.
 */
final class JitEngine implements Engine {
    private final EngineServices services;
    private final MemoryArena arena;
    private final ExternalSymbols externals;
    private final LinkLayer layer;
    private final EngineStatisticsCounter statistics = new EngineStatisticsCounter();
    private final Map<String, LoadedModule> modules = new LinkedHashMap<>();
    private final PosixCalls posix = new PosixCalls();
    /** Native memory and callbacks a started program may still use: never released before the process ends. */
    private final List<Object> programKeepAlive = new ArrayList<>();
    private boolean closed;

    private JitEngine(EngineServices services, MemoryArena arena, ExternalSymbols externals, LinkLayer layer) {
        this.services = services;
        this.arena = arena;
        this.externals = externals;
        this.layer = layer;
    }

    static JitEngine create(EngineServices services, EngineOptions options) throws HotlinkException {
        MemoryArena arena = services.memory().createArena(options.reserveBytes());
        try {
            ExternalSymbols externals = services.resolver().createScope();
            LinkLayer layer = services.linker().createLayer(arena, services.backend().stubWriter(), externals);
            JitEngine engine = new JitEngine(services, arena, externals, layer);
            engine.addRuntimeModule(LibcShimModule.MODULE_NAME, LibcShimModule.text(engine.triple(),
                    services.backend().dataLayout()));
            return engine;
        } catch (HotlinkException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    private String triple() {
        return services.backend().target() + "-unknown-linux-gnu";
    }

    @Override
    public synchronized void addModule(String moduleName, String sourceName, CharSequence irText)
            throws HotlinkException {
        ensureOpen();
        if (modules.containsKey(moduleName)) {
            throw new HotlinkException("module '" + moduleName + "' is already loaded");
        }
        long start = System.nanoTime();
        Module module = services.parser().parse(sourceName, irText);
        services.verifier().verify(module);
        statistics.addParse(System.nanoTime() - start, module.instructionCount());
        services.backend().checkTarget(module);
        RelocatableObject object = compile(module, true);
        LinkedObject linked = link(object, true);
        modules.put(moduleName, new LoadedModule(moduleName, module, linked));
    }

    /** Engine-made modules (start-up code, shims) are compiled like any other but not counted in the statistics. */
    private synchronized void addRuntimeModule(String moduleName, String irText) throws HotlinkException {
        Module module = services.parser().parse(moduleName + ".ll", irText);
        services.verifier().verify(module);
        LinkedObject linked = link(compile(module, false), false);
        modules.put(moduleName, new LoadedModule(moduleName, module, linked));
    }

    private RelocatableObject compile(Module module, boolean counted) throws HotlinkException {
        long start = System.nanoTime();
        RelocatableObject object = services.backend().compile(module, CompileOptions.ALL);
        if (counted) {
            statistics.addCompile(System.nanoTime() - start, object.statistics().functionsCompiled(),
                    object.statistics().codeBytes());
        }
        return object;
    }

    private LinkedObject link(RelocatableObject object, boolean counted) throws HotlinkException {
        long start = System.nanoTime();
        LinkedObject linked = layer.add(object);
        if (counted) {
            statistics.addLink(System.nanoTime() - start);
        }
        return linked;
    }

    @Override
    public synchronized void loadLibrary(String path) throws HotlinkException {
        ensureOpen();
        externals.loadLibrary(path);
    }

    @Override
    public void defineSymbol(String name, long address) {
        externals.define(name, address);
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
            throw new UndefinedSymbolException("undefined symbol '" + name + "'" + referencedBy(name),
                    declarationOf(name));
        }
    }

    private String referencedBy(String name) {
        for (LoadedModule module : modules.values()) {
            if (findGlobal(module.ir(), name) != null) {
                return " referenced by module '" + module.name() + "'";
            }
        }
        return "";
    }

    private SourceLocation declarationOf(String name) {
        for (LoadedModule module : modules.values()) {
            GlobalValue global = findGlobal(module.ir(), name);
            if (global != null) {
                return global.location();
            }
        }
        return SourceLocation.UNKNOWN;
    }

    private static GlobalValue findGlobal(Module module, String name) {
        GlobalValue function = module.function(name);
        return function != null ? function : module.global(name);
    }

    @Override
    public OptionalLong lookup(String symbol) {
        return layer.lookup(symbol);
    }

    @Override
    public long invokeLong(String symbol, long... arguments) throws HotlinkException {
        long address = lookup(symbol).orElseThrow(
                () -> new UndefinedSymbolException("undefined symbol '" + symbol + "'"));
        Object[] boxed = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            boxed[i] = arguments[i];
        }
        return Function.getFunction(new Pointer(address)).invokeLong(boxed);
    }

    @Override
    public void runMainAndExit(List<String> argv, List<String> envp, ProgramExitListener listener)
            throws HotlinkException {
        ProgramContext context = prepareProgram(argv, envp);
        FaultHandlers.install(lookup(FaultHandlerModule.HANDLER).orElseThrow(),
                lookup(FaultHandlerModule.OLD_ACTIONS).orElseThrow(),
                lookup(FaultHandlerModule.ARENA_START).orElseThrow(),
                lookup(FaultHandlerModule.ARENA_END).orElseThrow(), arena.base(), arena.base() + arena.size());
        List<org.hotlink.linker.CodeRange> bodies = new ArrayList<>();
        for (LoadedModule module : modules.values()) {
            bodies.addAll(module.linked().functionBodies());
        }
        FaultHandlers.publishFunctions(bodies, lookup(FaultHandlerModule.FUNCTION_TABLE).orElseThrow(),
                lookup(FaultHandlerModule.FUNCTION_COUNT).orElseThrow());
        posix.restoreDefaultTerminationSignals();
        context.installAsProcessEnvironment();
        ExitNotifier notifier = new ExitNotifier(listener);
        programKeepAlive.add(notifier);
        posix.onExit(notifier.nativeHandler());
        long start = lookup(ProgramStartModule.THREAD_START).orElseThrow();
        long thread = posix.startThread(start, context.pointer(), posix.nativeStackSize());
        posix.joinThread(thread);
        // The start routine ends in exit(), so the process ends before the join returns.
        throw new IllegalStateException("program thread returned without ending the process");
    }

    @Override
    public int runMainForked(List<String> argv, List<String> envp, Path stdout, Path stderr, long timeoutMillis)
            throws HotlinkException {
        ProgramContext context = prepareProgram(argv, envp);
        context.setRedirection(stdout.toAbsolutePath().toString(), stderr.toAbsolutePath().toString());
        long forkMain = lookup(ProgramStartModule.FORK_MAIN).orElseThrow();
        int pid = posix.callIntFunction(forkMain, context.pointer());
        if (pid < 0) {
            throw new HotlinkException("fork failed");
        }
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        long pause = 50_000;
        while (true) {
            Integer status = posix.pollChild(pid);
            if (status != null) {
                return PosixCalls.shellStatus(status);
            }
            if (System.nanoTime() > deadline) {
                posix.kill(pid, PosixCalls.SIGKILL);
                while (posix.pollChild(pid) == null) {
                    Thread.onSpinWait();
                }
                return -1;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, 5_000_000);
        }
    }

    /** Compiles the start-up module for this program's main, binds externals and builds the context block. */
    private synchronized ProgramContext prepareProgram(List<String> argv, List<String> envp) throws HotlinkException {
        ensureOpen();
        org.hotlink.ir.Function main = null;
        for (LoadedModule module : modules.values()) {
            org.hotlink.ir.Function candidate = module.ir().function("main");
            if (candidate != null && !candidate.isDeclaration()) {
                main = candidate;
            }
        }
        if (main == null) {
            throw new UndefinedSymbolException("no module defines 'main'");
        }
        int parameters = main.functionType().parameterCount();
        if (parameters != 0 && parameters != 2 && parameters != 3) {
            throw new HotlinkException("'main' takes " + parameters + " parameters; expected 0, 2 or 3",
                    main.location());
        }
        boolean returnsInt = !main.functionType().returnType().equals(org.hotlink.ir.VoidType.VOID);
        if (!modules.containsKey(FaultHandlerModule.MODULE_NAME)) {
            addRuntimeModule(FaultHandlerModule.MODULE_NAME, FaultHandlerModule.text(triple(),
                    services.backend().dataLayout(), services.backend().signalContextPcOffset()));
        }
        if (!modules.containsKey(ProgramStartModule.MODULE_NAME)) {
            addRuntimeModule(ProgramStartModule.MODULE_NAME, ProgramStartModule.text(triple(),
                    services.backend().dataLayout(), parameters, returnsInt));
        }
        resolveAll();
        List<ConstructorTable.Entry> constructors = new ArrayList<>();
        List<ConstructorTable.Entry> destructors = new ArrayList<>();
        for (LoadedModule module : modules.values()) {
            constructors.addAll(ConstructorTable.read(module.ir(), module.name(), "llvm.global_ctors"));
            destructors.addAll(ConstructorTable.read(module.ir(), module.name(), "llvm.global_dtors"));
        }
        ProgramContext context = new ProgramContext(argv, envp,
                addresses(ConstructorTable.constructorOrder(constructors)),
                addresses(ConstructorTable.destructorOrder(destructors)), posix.nativeStackSize());
        programKeepAlive.add(context);
        return context;
    }

    private List<Long> addresses(List<ConstructorTable.Entry> entries) throws HotlinkException {
        List<Long> addresses = new ArrayList<>();
        for (ConstructorTable.Entry entry : entries) {
            Long address = modules.get(entry.moduleName()).linked().definitions().get(entry.function());
            if (address == null) {
                address = lookup(entry.function()).orElseThrow(() -> new UndefinedSymbolException(
                        "constructor or destructor '" + entry.function() + "' is not defined"));
            }
            addresses.add(address);
        }
        return addresses;
    }

    @Override
    public EngineStatistics statistics() {
        return statistics.snapshot();
    }

    private void ensureOpen() throws HotlinkException {
        if (closed) {
            throw new HotlinkException("engine is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        layer.close();
        arena.close();
        modules.clear();
    }
}
