package org.hotlink.shell.impl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
 * An engine without a compiler for tests of the shell commands: a module's functions are the names of its
 * {@code define} lines, each at address 0x1000 + 16 * its index in the symbol table; a line holding
 * {@code BAD} is a syntax error there. Not thread-safe.
 */
final class FakeEngine implements Engine {
    private static final Pattern DEFINE = Pattern.compile("^define [^@]*@([A-Za-z0-9_.]+)\\(", Pattern.MULTILINE);

    final Map<String, ModuleInfo> modules = new LinkedHashMap<>();
    boolean closed;

    @Override
    public void addModule(String moduleName, String sourceName, CharSequence irText, org.hotlink.engine.CompileMode mode) throws HotlinkException {
        if (modules.containsKey(moduleName)) {
            throw new HotlinkException("module '" + moduleName + "' is already loaded");
        }
        modules.put(moduleName, parse(moduleName, sourceName, irText.toString(), 1));
    }

    @Override
    public void redefineAll(List<ModuleSource> sources, org.hotlink.engine.CompileMode mode) throws HotlinkException {
        for (ModuleSource source : sources) {
            ModuleInfo old = modules.get(source.moduleName());
            modules.put(source.moduleName(), parse(source.moduleName(), source.sourceName(), source.irText().toString(),
                    old == null ? 1 : old.version() + 1));
        }
    }

    @Override
    public void remove(String moduleName) throws HotlinkException {
        if (modules.remove(moduleName) == null) {
            throw new HotlinkException("no module '" + moduleName + "' is loaded");
        }
    }

    private static ModuleInfo parse(String name, String sourceName, String text, int version) throws IrSyntaxException {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int column = lines[i].indexOf("BAD");
            if (column >= 0) {
                throw new IrSyntaxException("expected top-level entity", new SourceLocation(sourceName, i + 1, column + 1, lines[i]));
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
        return List.copyOf(modules.values());
    }

    @Override
    public List<SymbolInfo> symbols() {
        List<SymbolInfo> symbols = new ArrayList<>();
        for (ModuleInfo module : modules.values()) {
            for (String function : module.functions()) {
                symbols.add(new SymbolInfo(function, true, module.name(), module.version(), 0x1000 + 16L * symbols.size()));
            }
        }
        symbols.add(new SymbolInfo("puts", true, null, 0, 0));
        return symbols;
    }

    @Override
    public EngineStatistics statistics() {
        return new EngineStatistics(1_500_000, 2_000_000, 250_000, 3, 12, 96);
    }

    @Override
    public MemoryStatistics memory() {
        return new MemoryStatistics(1 << 30, 65536, 4096, 0, 128);
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public void loadLibrary(String path) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void defineSymbol(String name, long address) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void resolveAll() {
        throw new UnsupportedOperationException();
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
    public NativeThread spawnProgram(String entrySymbol, List<String> argv) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void exitProcess(int status) {
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
}
