package org.hotlink.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineStatistics;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.engine.ModuleSource;
import org.hotlink.engine.NativeThread;
import org.hotlink.engine.ProgramExitListener;
import org.hotlink.engine.SymbolInfo;
import org.hotlink.memory.MemoryStatistics;

/**
 * An engine without a compiler, for tests of the live mode: a module's functions are the names of its
 * {@code define} lines; a line holding {@code BAD} is a syntax error at that line and column. Spawned
 * programs return when the test completes {@link #programReturn}. Records every call in {@link #calls}.
 */
final class FakeEngine implements Engine {
    private static final Pattern DEFINE = Pattern.compile("^define [^@]*@([A-Za-z0-9_.]+)\\(", Pattern.MULTILINE);

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<List<String>> spawnedArgv = new CopyOnWriteArrayList<>();
    final CompletableFuture<Long> programReturn = new CompletableFuture<>();
    /** When set, spawnProgram throws it. */
    volatile HotlinkException spawnFailure;
    /** When set, addModule throws it, as an engine bug would. */
    volatile RuntimeException addFailure;
    private final Map<String, ModuleInfo> modules = Collections.synchronizedMap(new LinkedHashMap<>());

    @Override
    public synchronized void addModule(String moduleName, String sourceName, CharSequence irText, org.hotlink.engine.CompileMode mode) throws HotlinkException {
        calls.add("add " + moduleName + " " + sourceName);
        if (addFailure != null) {
            throw addFailure;
        }
        if (modules.containsKey(moduleName)) {
            throw new HotlinkException("module " + moduleName + " exists");
        }
        modules.put(moduleName, parse(moduleName, sourceName, irText, 1));
    }

    @Override
    public synchronized void redefineAll(List<ModuleSource> sources, org.hotlink.engine.CompileMode mode) throws HotlinkException {
        List<ModuleInfo> parsed = new ArrayList<>();
        for (ModuleSource source : sources) {
            calls.add("redefine " + source.moduleName() + " " + source.sourceName());
            ModuleInfo old = modules.get(source.moduleName());
            parsed.add(parse(source.moduleName(), source.sourceName(), source.irText(), old == null ? 1 : old.version() + 1));
        }
        parsed.forEach(module -> modules.put(module.name(), module));
    }

    @Override
    public synchronized void remove(String moduleName) throws HotlinkException {
        calls.add("remove " + moduleName);
        if (modules.remove(moduleName) == null) {
            throw new HotlinkException("no module " + moduleName);
        }
    }

    private static ModuleInfo parse(String name, String sourceName, CharSequence irText, int version)
            throws IrSyntaxException {
        String text = irText.toString();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int column = lines[i].indexOf("BAD");
            if (column >= 0) {
                throw new IrSyntaxException("expected instruction opcode",
                        new SourceLocation(sourceName, i + 1, column + 1, lines[i]));
            }
        }
        List<String> functions = new ArrayList<>();
        Matcher matcher = DEFINE.matcher(text);
        while (matcher.find()) {
            functions.add(matcher.group(1));
        }
        return new ModuleInfo(name, sourceName, version, functions, List.of());
    }

    @Override
    public List<ModuleInfo> modules() {
        synchronized (modules) {
            return List.copyOf(modules.values());
        }
    }

    @Override
    public NativeThread spawnProgram(String entrySymbol, List<String> argv) throws HotlinkException {
        calls.add("spawnProgram " + entrySymbol);
        if (spawnFailure != null) {
            throw spawnFailure;
        }
        spawnedArgv.add(List.copyOf(argv));
        return new NativeThread() {
            @Override
            public long join() throws InterruptedException {
                try {
                    return programReturn.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public boolean isFinished() {
                return programReturn.isDone();
            }
        };
    }

    @Override
    public void exitProcess(int status) {
        calls.add("exitProcess " + status);
    }

    @Override
    public void loadLibrary(String path) {
        calls.add("loadLibrary " + path);
    }

    @Override
    public List<SymbolInfo> symbols() {
        return List.of();
    }

    @Override
    public void defineSymbol(String name, long address) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void resolveAll() {
        throw new UnsupportedOperationException("live mode binds late and never resolves everything");
    }

    @Override
    public OptionalLong lookup(String symbol) {
        return OptionalLong.empty();
    }

    @Override
    public long invokeLong(String symbol, long... arguments) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int invokeInt(String symbol, long... arguments) {
        throw new UnsupportedOperationException();
    }

    @Override
    public double invokeDouble(String symbol, double... arguments) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void invokeVoid(String symbol, long... arguments) {
        throw new UnsupportedOperationException();
    }

    @Override
    public NativeThread spawn(String symbol, long argument) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void runMainAndExit(List<String> argv, List<String> envp, ProgramExitListener listener) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int runMainForked(List<String> argv, List<String> envp, Path stdout, Path stderr, long timeoutMillis) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EngineStatistics statistics() {
        return new EngineStatistics(0, 0, 0, 0, 0, 0);
    }

    @Override
    public MemoryStatistics memory() {
        return new MemoryStatistics(0, 0, 0, 0, 0);
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
