package org.hotlink.engine.impl;

import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.UndefinedSymbolException;
import org.hotlink.engine.NativeThread;
import org.hotlink.engine.ProgramExitListener;
import org.hotlink.engine.impl.reclaim.ReclamationRuntimeModule;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.VoidType;

/**
 * Runs C programs in an engine: {@code main} as the process's program (in this process or a
 * forked child) with its start-up module, and entry functions on native threads for
 * {@code hotlink live} through per-entry thunks. Every method that loads modules or reads the
 * module table does so under the engine's lock (the engine's monitor).
 */
final class ProgramRunner {
    private final JitEngine engine;
    private final EngineServices services;
    private final ModuleCompiler compiler;
    private final ModuleTable table;
    private final ModuleTransactions transactions;
    private final PosixCalls posix;
    private final FaultHandlers faults;
    private final NativeThreadStarter threads;
    /** Thunk function name by entry function and signature; guarded by the engine's lock. */
    private final Map<String, String> thunks = new HashMap<>();
    /** Native memory and callbacks a started program may still use: never released before the process ends. */
    private final List<Object> programKeepAlive = new ArrayList<>();

    ProgramRunner(JitEngine engine, EngineServices services, ModuleCompiler compiler, ModuleTable table,
                  ModuleTransactions transactions, PosixCalls posix, FaultHandlers faults,
                  NativeThreadStarter threads) {
        this.engine = engine;
        this.services = services;
        this.compiler = compiler;
        this.table = table;
        this.transactions = transactions;
        this.posix = posix;
        this.faults = faults;
        this.threads = threads;
    }

    void runMainAndExit(List<String> argv, List<String> envp, ProgramExitListener listener) throws HotlinkException {
        ProgramContext context = prepareProgram(argv, envp);
        installFaultHandlers();
        posix.restoreDefaultTerminationSignals();
        context.installAsProcessEnvironment();
        ExitNotifier notifier = new ExitNotifier(listener);
        synchronized (engine) {
            programKeepAlive.add(notifier);
        }
        // Through the entry function that takes the fault handler's mark off this thread while in Java.
        engine.setJavaCallback(JavaEntryModule.EXIT_CALLBACK, notifier.nativeHandler());
        posix.onExit(new com.sun.jna.Pointer(engine.runtimeSymbol(JavaEntryModule.ON_EXIT)));
        long start = engine.runtimeSymbol(ProgramStartModule.THREAD_START);
        long thread = posix.startThread(start, context.pointer(), posix.nativeStackSize());
        posix.joinThread(thread);
        // The start routine ends in exit(), so the process ends before the join returns.
        throw new IllegalStateException("program thread returned without ending the process");
    }

    int runMainForked(List<String> argv, List<String> envp, Path stdout, Path stderr, long timeoutMillis)
            throws HotlinkException {
        ProgramContext context = prepareProgram(argv, envp);
        context.setRedirection(stdout.toAbsolutePath().toString(), stderr.toAbsolutePath().toString());
        long forkMain = engine.runtimeSymbol(ProgramStartModule.FORK_MAIN);
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
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, 5_000_000);
        }
    }

    /**
     * Starts {@code entrySymbol} ({@code i32 ()} or {@code i32 (i32, ptr)}) on a native thread with
     * argc and argv, the fault handler installed. The reclamation runtime must be loaded.
     */
    NativeThread spawnProgram(String entrySymbol, List<String> argv) throws HotlinkException {
        long thunk;
        ProgramContext arguments;
        synchronized (engine) {
            engine.ensureOpen();
            Function entry = engine.compiledFunction(entrySymbol);
            boolean takesArguments = checkProgramEntry(entry);
            loadFaultHandlerModule();
            thunk = engine.runtimeSymbol(thunkFor(entry, takesArguments));
            installFaultHandlers();
            arguments = new ProgramContext(argv, null, List.of(), List.of(), posix.nativeStackSize());
        }
        return threads.start(engine.runtimeSymbol(ReclamationRuntimeModule.SPAWN_ENTRY), thunk,
                Pointer.nativeValue(arguments.pointer()), List.of(arguments), new ReturnConversion(32));
    }

    private static boolean checkProgramEntry(Function entry) throws HotlinkException {
        FunctionType type = entry.functionType();
        boolean returnsInt = type.returnType().equals(IntegerType.I32);
        boolean noArguments = type.parameterCount() == 0;
        boolean argcArgv = type.parameterCount() == 2 && type.parameterType(0).equals(IntegerType.I32)
                && type.parameterType(1) instanceof PointerType;
        if (!returnsInt || type.isVarArgs() || !(noArguments || argcArgv)) {
            throw new HotlinkException("program entry '" + entry.name() + "' has type " + type
                    + "; expected i32 () or i32 (i32, ptr)", entry.location());
        }
        return argcArgv;
    }

    /** The thunk for an entry and signature, compiling it the first time. Under the engine's lock. */
    private String thunkFor(Function entry, boolean takesArguments) throws HotlinkException {
        String key = entry.name() + (takesArguments ? "/2" : "/0");
        String existing = thunks.get(key);
        if (existing != null) {
            return existing;
        }
        String name = ProgramThunkModule.MODULE_PREFIX + "_" + thunks.size();
        transactions.addRuntime(name, ProgramThunkModule.text(compiler.triple(), compiler.dataLayout(), name,
                entry.reference(), takesArguments));
        thunks.put(key, name);
        return name;
    }

    private void loadFaultHandlerModule() throws HotlinkException {
        if (!table.contains(FaultHandlerModule.MODULE_NAME)) {
            transactions.addRuntime(FaultHandlerModule.MODULE_NAME, FaultHandlerModule.text(compiler.triple(),
                    compiler.dataLayout(), services.backend().signalContextPcOffset()));
        }
    }

    private void installFaultHandlers() {
        faults.install(engine::runtimeSymbol, engine.arenaBase(), engine.arenaBase() + engine.arenaSize(),
                engine.functionBodies());
    }

    /** Compiles the start-up module for this program's main, resolves every symbol and builds the context block. */
    private ProgramContext prepareProgram(List<String> argv, List<String> envp) throws HotlinkException {
        synchronized (engine) {
            engine.ensureOpen();
            Function main = null;
            for (LoadedModule module : table.all()) {
                Function candidate = module.ir().function("main");
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
            boolean returnsInt = !main.functionType().returnType().equals(VoidType.VOID);
            loadFaultHandlerModule();
            if (!table.contains(ProgramStartModule.MODULE_NAME)) {
                transactions.addRuntime(ProgramStartModule.MODULE_NAME, ProgramStartModule.text(compiler.triple(),
                        compiler.dataLayout(), parameters, returnsInt));
            }
            engine.resolveAll();
            List<ConstructorTable.Entry> constructors = new ArrayList<>();
            List<ConstructorTable.Entry> destructors = new ArrayList<>();
            for (LoadedModule module : table.all()) {
                constructors.addAll(ConstructorTable.read(module.ir(), module.name(), "llvm.global_ctors"));
                destructors.addAll(ConstructorTable.read(module.ir(), module.name(), "llvm.global_dtors"));
            }
            ProgramContext context = new ProgramContext(argv, envp,
                    addresses(ConstructorTable.constructorOrder(constructors)),
                    addresses(ConstructorTable.destructorOrder(destructors)), posix.nativeStackSize());
            programKeepAlive.add(context);
            return context;
        }
    }

    private List<Long> addresses(List<ConstructorTable.Entry> entries) throws HotlinkException {
        List<Long> addresses = new ArrayList<>();
        for (ConstructorTable.Entry entry : entries) {
            Long address = table.get(entry.moduleName()).linked().definitions().get(entry.function());
            if (address == null) {
                address = engine.lookup(entry.function()).orElseThrow(() -> new UndefinedSymbolException(
                        "constructor or destructor '" + entry.function() + "' is not defined"));
            }
            addresses.add(address);
        }
        return addresses;
    }
}
