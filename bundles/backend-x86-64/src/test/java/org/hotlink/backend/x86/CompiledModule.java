package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import com.sun.jna.Function;
import com.sun.jna.Pointer;

import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.resolver.impl.ProcessSymbolResolver;

/**
 * Test helper: parses IR text, compiles it with {@link X86Backend}, links it into a fresh dual-map
 * arena against the process's libraries, and calls its functions through JNA. Close it after use.
 */
final class CompiledModule implements AutoCloseable {
    private final MemoryArena arena;
    private final LinkLayer layer;
    final RelocatableObject object;

    private CompiledModule(MemoryArena arena, LinkLayer layer, RelocatableObject object) {
        this.arena = arena;
        this.layer = layer;
        this.object = object;
    }

    static RelocatableObject compileOnly(String ir) throws HotlinkException {
        return compileOnly("test.ll", ir);
    }

    static RelocatableObject compileOnly(String fileName, String ir) throws HotlinkException {
        return compileOnly(fileName, ir, CompileOptions.ALL);
    }

    static RelocatableObject compileOnly(String fileName, String ir, CompileOptions options) throws HotlinkException {
        X86Backend backend = new X86Backend();
        org.hotlink.ir.Module module = new TextIrParser().parse(fileName, ir);
        backend.checkTarget(module);
        return backend.compile(module, options);
    }

    static CompiledModule load(String ir) throws HotlinkException {
        return loadAll(ir);
    }

    /** Like {@link #load(String)}, compiling with {@code options}. */
    static CompiledModule load(String ir, CompileOptions options) throws HotlinkException {
        return loadAll(options, ir);
    }

    /**
     * Compiles each IR text as its own module ({@code module0.ll}, {@code module1.ll}, ...) and
     * links them into one layer in the order given; {@link #object} is the first one's object.
     */
    static CompiledModule loadAll(String... irs) throws HotlinkException {
        return loadAll(CompileOptions.ALL, irs);
    }

    /** Like {@link #loadAll(String...)}, compiling every module with {@code options}. */
    static CompiledModule loadAll(CompileOptions options, String... irs) throws HotlinkException {
        RelocatableObject[] objects = new RelocatableObject[irs.length];
        for (int i = 0; i < irs.length; i++) {
            objects[i] = compileOnly(irs.length == 1 ? "test.ll" : "module" + i + ".ll", irs[i], options);
        }
        X86Backend backend = new X86Backend();
        MemoryArena arena = new DualMapMemoryManager().createArena(64L << 20);
        LinkLayer layer = new InProcessRuntimeLinker().createLayer(arena, backend.stubWriter(),
                new ProcessSymbolResolver().createScope());
        for (RelocatableObject object : objects) {
            layer.add(object);
        }
        layer.bindExternals();
        return new CompiledModule(arena, layer, objects[0]);
    }

    long address(String name) {
        OptionalLong found = layer.lookup(name);
        assertTrue(found.isPresent(), name + " should be defined after linking");
        return found.getAsLong();
    }

    /** Where the entry stub at {@code stubAddress} currently jumps: the code of the function. */
    long stubTarget(long stubAddress) {
        return layer.stubTarget(stubAddress);
    }

    Function function(String name) {
        return Function.getFunction(new Pointer(address(name)));
    }

    int callInt(String name, Object... args) {
        return function(name).invokeInt(args);
    }

    long callLong(String name, Object... args) {
        return function(name).invokeLong(args);
    }

    double callDouble(String name, Object... args) {
        return function(name).invokeDouble(args);
    }

    float callFloat(String name, Object... args) {
        return function(name).invokeFloat(args);
    }

    @Override
    public void close() {
        layer.close();
        arena.close();
    }
}
