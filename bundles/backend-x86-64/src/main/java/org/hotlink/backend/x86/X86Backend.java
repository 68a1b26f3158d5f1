package org.hotlink.backend.x86;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.hotlink.backend.x86.emit.EmittedFunction;
import org.hotlink.backend.x86.lower.ModuleSymbols;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.StubWriter;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.codegen.TargetBackend;
import org.hotlink.codegen.common.GlobalDataEmitter;
import org.hotlink.codegen.common.LinkageMapping;
import org.hotlink.codegen.common.ObjectBuilder;
import org.hotlink.diagnostic.TargetMismatchException;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Module;
import org.hotlink.x86.asm.AsmRelocation;
import org.osgi.service.component.annotations.Component;

/**
 * The x86-64 System V back-end: one CODE section per compiled function (16-byte aligned, named
 * {@code .text.<fn>}), the module's globals through the shared {@link GlobalDataEmitter}, jump
 * tables in READ_ONLY_DATA, and undefined references for everything the code names but the
 * object does not define. Stateless, so thread-safe: every compilation has its own builders.
 *
 * <p>{@link CompileOptions} choose what is emitted. Without data, neither globals nor aliases are.
 * With lazy definitions, every defined function left out becomes {@link ObjectSymbol#lazy}, except
 * those {@link EagerFunctions} must compile now (block addresses taken, alias targets), and every
 * global value the module only declares is referenced, so the linker learns all external names up front.
 * With direct calls, a call to a function compiled into the same object with a LOCAL or GLOBAL
 * binding is a PC-relative reference to that function's code section rather than to its symbol
 * (which the linker resolves to the entry stub); references to a function's address, calls to
 * weak definitions and calls to anything defined elsewhere still name the symbol.
 */
@Component(service = TargetBackend.class, property = TargetBackend.TARGET_PROPERTY + "=x86_64")
public final class X86Backend implements TargetBackend {
    public static final String TARGET = "x86_64";
    private final X86StubWriter stubWriter = new X86StubWriter();

    public X86Backend() {
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public String dataLayout() {
        return DataLayout.X86_64_LINUX;
    }

    /** glibc x86-64: uc_mcontext.gregs starts at byte 40 of ucontext_t, and REG_RIP is gregs[16]. */
    @Override
    public int signalContextPcOffset() {
        return 40 + 16 * 8;
    }

    @Override
    public void checkTarget(Module module) throws TargetMismatchException {
        String triple = module.targetTriple();
        if (triple != null && !triple.isEmpty()) {
            String arch = triple.split("-", 2)[0];
            if (!arch.equals(TARGET) && !arch.equals("amd64")) {
                throw new TargetMismatchException("module targets " + triple + ", not " + TARGET,
                        module.targetTripleLocation());
            }
        }
        String layout = module.dataLayoutString();
        if (layout != null && !layout.isEmpty() && !layout.equals(DataLayout.X86_64_LINUX)) {
            throw new TargetMismatchException("module data layout \"" + layout + "\" is not x86-64 Linux's \""
                    + DataLayout.X86_64_LINUX + "\"", module.dataLayoutLocation());
        }
    }

    @Override
    public RelocatableObject compile(Module module, CompileOptions options) throws UnsupportedConstructException {
        return compile(module, options, null);
    }

    /** Compiles the functions on the calling thread and on up to one helper per further core ({@link FunctionBatch}). */
    @Override
    public RelocatableObject compile(Module module, CompileOptions options, Executor helpers)
            throws UnsupportedConstructException {
        long start = System.nanoTime();
        if (!module.moduleAssembly().isEmpty()) {
            throw new UnsupportedConstructException("unsupported: module-level inline assembly",
                    module.moduleAssemblyLocation());
        }
        DataLayout layout = module.dataLayout();
        ObjectBuilder builder = new ObjectBuilder();
        GlobalDataEmitter data = new GlobalDataEmitter(layout, RelocationType.X86_64_64);
        if (options.data()) {
            data.emitGlobals(module, builder);
        }
        Set<Function> eager = options.lazyRest() ? EagerFunctions.of(module) : Set.of();
        ModuleSymbols symbols = new ModuleSymbols();
        // First every function's code (or its lazy definition), in module order ...
        List<Object> parts = new ArrayList<>();
        List<Function> compiledNow = new ArrayList<>();
        for (Function f : candidates(module, options)) {
            if (f.isDeclaration() || f.isIntrinsic() || !LinkageMapping.isEmitted(f)) {
                continue;
            }
            if (options.includes(f.name()) || eager.contains(f)) {
                parts.add(f);
                compiledNow.add(f);
            } else if (options.lazyRest()) {
                parts.add(ObjectSymbol.lazy(f.name(), LinkageMapping.definitionBinding(f)));
            }
        }
        EmittedFunction[] code = FunctionBatch.compile(compiledNow, layout, symbols, helpers);
        for (int i = 0, c = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Function f) {
                parts.set(i, new CompiledFunction(f, code[c++]));
            }
        }
        // ... then the section each function's code will get (its own, followed by its jump tables),
        // so that calls can name the section of a callee emitted later ...
        Map<String, Integer> directTargets = new HashMap<>();
        if (options.directCalls()) {
            int next = builder.sectionCount();
            for (Object part : parts) {
                if (part instanceof CompiledFunction c) {
                    if (LinkageMapping.definitionBinding(c.function()) != SymbolBinding.WEAK) {
                        directTargets.put(c.function().name(), next);
                    }
                    next += 1 + c.code().jumpTableOffsets().size();
                }
            }
        }
        // ... and then the sections and symbols, in the same order as the functions.
        int compiled = 0;
        long codeBytes = 0;
        for (Object part : parts) {
            if (part instanceof CompiledFunction c) {
                int section = addFunction(module, builder, c.function(), c.code(), directTargets);
                if (directTargets.containsKey(c.function().name()) && directTargets.get(c.function().name()) != section) {
                    throw new IllegalStateException("@" + c.function().name() + " went to section " + section
                            + ", not the predicted " + directTargets.get(c.function().name()));
                }
                compiled++;
                codeBytes += c.code().code().length;
            } else {
                builder.define((ObjectSymbol) part);
            }
        }
        if (options.data()) {
            data.emitAliases(module, builder);
        }
        if (options.lazyRest()) {
            referenceDeclarations(module, builder);
        }
        return builder.build(module.name() == null ? "<module>" : module.name(),
                new CompileStatistics(compiled, codeBytes, System.nanoTime() - start));
    }

    /** A function compiled in the first pass of {@link #compile}, waiting for its sections. */
    private record CompiledFunction(Function function, EmittedFunction code) {
    }

    /**
     * Adds the code section of {@code f} and the sections of its jump tables, defines its symbols,
     * and returns the index of its code section. A call (X86_64_PLT32) to a function named in
     * {@code directTargets} becomes an X86_64_PC32 reference to the start of that function's code
     * section (functions start at offset 0 of their section, so the addend is unchanged); every
     * other reference names its symbol.
     */
    /**
     * The functions to look at: all of them, or for one function alone (a lazy function's first
     * call) just that one, found by name, so compiling it does not cost a walk over a large module.
     */
    private static List<Function> candidates(Module module, CompileOptions options) {
        if (options.functions() == null || options.lazyRest() || options.functions().size() != 1) {
            return module.functions();
        }
        Function f = module.function(options.functions().iterator().next());
        return f == null ? List.of() : List.of(f);
    }

    private static int addFunction(Module module, ObjectBuilder builder, Function f, EmittedFunction code,
                                   Map<String, Integer> directTargets) throws UnsupportedConstructException {
        List<Relocation> relocations = new ArrayList<>();
        for (AsmRelocation r : code.relocations()) {
            RelocationType type = switch (r.kind()) {
                case PC32 -> RelocationType.X86_64_PC32;
                case PLT32 -> RelocationType.X86_64_PLT32;
                case GOTPCREL -> RelocationType.X86_64_GOTPCREL;
                case ABS64 -> RelocationType.X86_64_64;
            };
            Integer direct = type == RelocationType.X86_64_PLT32 ? directTargets.get(r.symbol()) : null;
            if (direct != null) {
                relocations.add(Relocation.toSection(r.offset(), RelocationType.X86_64_PC32, direct, r.addend()));
            } else {
                relocations.add(Relocation.toSymbol(r.offset(), type, r.symbol(), r.addend()));
            }
            // Recorded for direct calls too, so the symbol table does not depend on directCalls.
            reference(module, builder, r.symbol(), type);
        }
        int section = builder.addSection(ObjectSection.of(".text." + f.name(), SectionKind.CODE, 16, code.code(), relocations));
        builder.define(f.name(), SymbolKind.FUNCTION, LinkageMapping.definitionBinding(f), section, 0, code.code().length);
        for (Map.Entry<String, Integer> e : code.blockSymbolOffsets().entrySet()) {
            builder.define(e.getKey(), SymbolKind.DATA, SymbolBinding.LOCAL, section, e.getValue(), 0);
        }
        for (Map.Entry<MachineFunction.JumpTable, int[]> e : code.jumpTableOffsets().entrySet()) {
            int[] offsets = e.getValue();
            List<Relocation> entries = new ArrayList<>();
            for (int i = 0; i < offsets.length; i++) {
                entries.add(Relocation.toSection(8 * i, RelocationType.X86_64_64, section, offsets[i]));
            }
            int table = builder.addSection(ObjectSection.of(".rodata." + e.getKey().symbol(), SectionKind.READ_ONLY_DATA, 8,
                    new byte[8 * offsets.length], entries));
            builder.define(e.getKey().symbol(), SymbolKind.DATA, SymbolBinding.LOCAL, table, 0, 8L * offsets.length);
        }
        return section;
    }

    /**
     * Refers to every global value {@code module} declares but does not define (declared or
     * {@code available_externally} functions and variables, intrinsics and {@code llvm.*} names
     * aside): code compiled later will name them, and the linker should bind them now.
     */
    private static void referenceDeclarations(Module module, ObjectBuilder builder) {
        for (Function f : module.functions()) {
            if (!f.isIntrinsic() && !LinkageMapping.isReservedName(f) && !LinkageMapping.isEmitted(f)) {
                builder.reference(f.name(), SymbolKind.FUNCTION, LinkageMapping.isWeakReference(f));
            }
        }
        for (GlobalVariable g : module.globals()) {
            if (!LinkageMapping.isReservedName(g) && !LinkageMapping.isEmitted(g)) {
                builder.reference(g.name(), SymbolKind.DATA, LinkageMapping.isWeakReference(g));
            }
        }
    }

    /** Records a reference to a symbol the code names, with the kind and weakness of the global it names. */
    private static void reference(Module module, ObjectBuilder builder, String name, RelocationType type) {
        GlobalValue g = module.globalValue(name);
        SymbolKind kind;
        if (g != null) {
            kind = g instanceof Function ? SymbolKind.FUNCTION : SymbolKind.DATA;
        } else {
            kind = type == RelocationType.X86_64_PLT32 ? SymbolKind.FUNCTION : SymbolKind.DATA;
        }
        boolean weak = g != null && g.linkage() == Linkage.EXTERN_WEAK;
        builder.reference(name, kind, weak);
    }

    @Override
    public StubWriter stubWriter() {
        return stubWriter;
    }
}
