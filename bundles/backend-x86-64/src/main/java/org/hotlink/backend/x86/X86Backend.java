package org.hotlink.backend.x86;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotlink.backend.x86.emit.EmittedFunction;
import org.hotlink.backend.x86.lower.ModuleSymbols;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
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
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Module;
import org.hotlink.x86.asm.AsmRelocation;
import org.osgi.service.component.annotations.Component;

/**
 * The x86-64 System V back-end: one CODE section per compiled function (16-byte aligned, named
 * {@code .text.<fn>}), the module's globals through the shared {@link GlobalDataEmitter}, jump
 * tables in READ_ONLY_DATA, and undefined references for everything the code names but the
 * object does not define. Stateless, so thread-safe: every compilation has its own builders.
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
        long start = System.nanoTime();
        if (!module.moduleAssembly().isEmpty()) {
            throw new UnsupportedConstructException("unsupported: module-level inline assembly",
                    module.moduleAssemblyLocation());
        }
        DataLayout layout = module.dataLayout();
        ObjectBuilder builder = new ObjectBuilder();
        GlobalDataEmitter data = new GlobalDataEmitter(layout, RelocationType.X86_64_64);
        data.emitGlobals(module, builder);
        ModuleSymbols symbols = new ModuleSymbols();
        int compiled = 0;
        long codeBytes = 0;
        for (Function f : module.functions()) {
            if (f.isDeclaration() || f.isIntrinsic() || !LinkageMapping.isEmitted(f) || !options.includes(f.name())) {
                continue;
            }
            EmittedFunction code = FunctionCompiler.compile(f, layout, symbols);
            addFunction(module, builder, f, code);
            compiled++;
            codeBytes += code.code().length;
        }
        data.emitAliases(module, builder);
        return builder.build(module.name() == null ? "<module>" : module.name(),
                new CompileStatistics(compiled, codeBytes, System.nanoTime() - start));
    }

    private static void addFunction(Module module, ObjectBuilder builder, Function f, EmittedFunction code)
            throws UnsupportedConstructException {
        List<Relocation> relocations = new ArrayList<>();
        for (AsmRelocation r : code.relocations()) {
            RelocationType type = switch (r.kind()) {
                case PC32 -> RelocationType.X86_64_PC32;
                case PLT32 -> RelocationType.X86_64_PLT32;
                case GOTPCREL -> RelocationType.X86_64_GOTPCREL;
                case ABS64 -> RelocationType.X86_64_64;
            };
            relocations.add(Relocation.toSymbol(r.offset(), type, r.symbol(), r.addend()));
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
