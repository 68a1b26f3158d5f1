package org.hotlink.codegen.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Module;

/**
 * Emits the global variables and aliases of a module into an {@link ObjectBuilder}: one section
 * per defined variable, its symbol at offset 0, a pointer-wide relocation for each address in its
 * initializer, and an undefined reference for each global, function or block it refers to (a
 * definition added to the builder later replaces it).
 *
 * <p>Section kinds: {@code constant} globals are READ_ONLY_DATA; other globals whose initializer
 * is all zeros (always the case for {@code common}) are ZERO_FILL; the rest WRITABLE_DATA. The
 * alignment is the larger of the explicit one and the ABI alignment of the value type; the size
 * is the value type's allocation size. Not emitted: declarations, {@code available_externally}
 * globals and every {@code llvm.*} global ({@code llvm.global_ctors}, {@code llvm.used}, ...; the
 * engine reads constructors and destructors from the module itself). {@code thread_local}
 * globals are refused at their location. Thread-safe; the builder is not.
 */
public final class GlobalDataEmitter {
    /** Alignments beyond this are refused: sections carry an int alignment and no page needs more. */
    private static final long MAX_ALIGNMENT = 1L << 30;

    private final DataLayout layout;
    private final ConstantEvaluator evaluator;
    private final DataImageWriter imageWriter;
    private final DataRelocator relocator;
    private final AliasEmitter aliasEmitter;

    /**
     * An emitter whose PC-relative 32-bit relocation is the one that goes with
     * {@code pointerRelocation} ({@code X86_64_PC32} for {@code X86_64_64}).
     *
     * @param pointerRelocation the absolute, pointer-wide relocation of the target ({@code X86_64_64} on x86-64)
     * @throws IllegalArgumentException if the relocation is PC-relative or not pointer-wide
     */
    public GlobalDataEmitter(DataLayout layout, RelocationType pointerRelocation) {
        this(layout, pointerRelocation, relativeRelocationFor(pointerRelocation));
    }

    /**
     * @param pointerRelocation  the absolute, pointer-wide relocation of the target
     * @param relativeRelocation the 32-bit PC-relative relocation for relative lookup tables, or
     *                           null to refuse them
     * @throws IllegalArgumentException if the relocations do not have these shapes
     */
    public GlobalDataEmitter(DataLayout layout, RelocationType pointerRelocation, RelocationType relativeRelocation) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.relocator = new DataRelocator(layout, pointerRelocation, relativeRelocation);
        this.evaluator = new ConstantEvaluator(layout);
        this.imageWriter = new DataImageWriter(evaluator);
        this.aliasEmitter = new AliasEmitter(layout, evaluator);
    }

    /** The PC-relative 32-bit relocation of the target whose absolute pointer relocation is given, or null. */
    private static RelocationType relativeRelocationFor(RelocationType pointerRelocation) {
        return pointerRelocation == RelocationType.X86_64_64 ? RelocationType.X86_64_PC32 : null;
    }

    /** The evaluator this emitter folds constants with. */
    public ConstantEvaluator evaluator() {
        return evaluator;
    }

    /** The writer this emitter lays out initializers with; back-ends may use it for their own constant data. */
    public DataImageWriter imageWriter() {
        return imageWriter;
    }

    /**
     * The symbol {@code blockaddress(@function, %block)} refers to; the back-end defines it (kind
     * DATA, binding LOCAL) at the block's offset in the function's code. Same as {@link SymbolNames#ofBlock}.
     */
    public static String blockSymbolName(Function function, BasicBlock block) {
        return SymbolNames.ofBlock(function, block);
    }

    /**
     * Emits every defined global variable of {@code module} that belongs in an object.
     *
     * @return the section index of each emitted global, in module order
     * @throws UnsupportedConstructException for the first global that cannot be emitted, at its location
     */
    public Map<GlobalVariable, Integer> emitGlobals(Module module, ObjectBuilder builder)
            throws UnsupportedConstructException {
        Map<GlobalVariable, Integer> sections = new LinkedHashMap<>();
        for (GlobalVariable global : module.globals()) {
            if (isEmitted(global)) {
                sections.put(global, emitGlobal(global, builder));
            }
        }
        return sections;
    }

    /** Whether {@link #emitGlobals} emits {@code global}. */
    public static boolean isEmitted(GlobalVariable global) {
        return LinkageMapping.isEmitted(global);
    }

    /**
     * Emits one defined global variable: its section, its symbol and the references of its initializer.
     *
     * @return the index of its section
     */
    public int emitGlobal(GlobalVariable global, ObjectBuilder builder) throws UnsupportedConstructException {
        if (global.isDeclaration()) {
            throw new IllegalArgumentException("@" + global.name() + " is a declaration; nothing to emit");
        }
        SourceLocation at = global.location();
        if (global.isThreadLocal()) {
            throw new UnsupportedConstructException("unsupported: thread_local global @" + global.name(), at);
        }
        SymbolBinding binding = LinkageMapping.definitionBinding(global);
        if (!global.initializer().type().equals(global.valueType())) {
            throw new IllegalStateException("initializer of @" + global.name() + " has type "
                    + global.initializer().type() + ", not " + global.valueType());
        }
        long size = layout.allocSizeOf(global.valueType());
        ObjectSection section = sectionFor(global, size, builder);
        int index = builder.addSection(section);
        builder.define(SymbolNames.of(global), SymbolKind.DATA, binding, index, 0, size);
        return index;
    }

    /** The section holding {@code global}: zero-filled, or its image with relocations. */
    private ObjectSection sectionFor(GlobalVariable global, long size, ObjectBuilder builder)
            throws UnsupportedConstructException {
        SourceLocation at = global.location();
        String name = SymbolNames.of(global);
        int alignment = alignmentOf(global);
        // A zero-sized global still gets a byte so that its address differs from every other global's.
        long sectionSize = Math.max(1, size);
        boolean zero = DataImageWriter.isStructurallyZero(global.initializer());
        if (global.linkage() == Linkage.COMMON && !zero) {
            throw new UnsupportedConstructException("unsupported: common global @" + name
                    + " with a non-zero initializer", at);
        }
        if (!global.isConstant() && zero) {
            return ObjectSection.zeroFill(".bss." + name, alignment, sectionSize);
        }
        DataImage image = imageWriter.write(global.initializer(), at);
        if (!global.isConstant() && image.isAllZero()) {
            return ObjectSection.zeroFill(".bss." + name, alignment, sectionSize);
        }
        byte[] contents = image.bytes().length == sectionSize ? image.bytes() : Arrays.copyOf(image.bytes(), (int) sectionSize);
        List<Relocation> relocations = relocator.relocationsFor(image, builder, SymbolicAddress.of(global, 0), at);
        return global.isConstant()
                ? ObjectSection.of(".rodata." + name, SectionKind.READ_ONLY_DATA, alignment, contents, relocations)
                : ObjectSection.of(".data." + name, SectionKind.WRITABLE_DATA, alignment, contents, relocations);
    }

    /**
     * Turns the address fields of {@code image} into relocations of the pointer relocation type,
     * and records in {@code builder} a reference to each symbol they name. For data that is not a
     * global of the module (a back-end's own constants), where relative fields cannot occur.
     *
     * @throws UnsupportedConstructException for the address of a {@code thread_local} global or a
     *         relative field, at {@code at}
     */
    public List<Relocation> relocationsFor(DataImage image, ObjectBuilder builder, SourceLocation at)
            throws UnsupportedConstructException {
        return relocator.relocationsFor(image, builder, null, at);
    }

    /**
     * As {@link #relocationsFor(DataImage, ObjectBuilder, SourceLocation)} for the image of data
     * that starts at {@code self}: a relative field {@code A - B} then becomes a PC-relative
     * relocation to A when B lies inside the same data (its addend corrects for the field's offset).
     *
     * @param self where the image starts, or null when unknown
     */
    public List<Relocation> relocationsFor(DataImage image, ObjectBuilder builder, SymbolicAddress self,
            SourceLocation at) throws UnsupportedConstructException {
        return relocator.relocationsFor(image, builder, self, at);
    }

    /**
     * Defines the symbols of {@code module}'s aliases, each where its aliasee lies: in the
     * aliasee's section at the aliasee's offset plus the alias's own offset. Call it after the
     * globals and the functions are defined in {@code builder}. An alias whose aliasee has no
     * section in this object (a function left out of a partial compilation, or a lazy one whose
     * code comes later) is not emitted.
     *
     * @throws UnsupportedConstructException for an alias that is thread_local, names a block, a
     *         non-address or a place outside its aliasee, at the alias's location
     */
    public void emitAliases(Module module, ObjectBuilder builder) throws UnsupportedConstructException {
        emitAliases(module, builder, Map.of());
    }

    /**
     * As {@link #emitAliases(Module, ObjectBuilder)}, for a back-end that has not defined its
     * function symbols yet: a function of {@code functionSections} counts as defined at offset 0 of
     * the section it maps to.
     */
    public void emitAliases(Module module, ObjectBuilder builder, Map<Function, Integer> functionSections)
            throws UnsupportedConstructException {
        for (GlobalAlias alias : module.aliases()) {
            if (!LinkageMapping.isReservedName(alias) && alias.linkage() != Linkage.AVAILABLE_EXTERNALLY) {
                aliasEmitter.emit(alias, builder, functionSections);
            }
        }
    }

    private int alignmentOf(GlobalVariable global) throws UnsupportedConstructException {
        long alignment = Math.max(global.alignment(), layout.abiAlignmentOf(global.valueType()));
        if (alignment > MAX_ALIGNMENT) {
            throw new UnsupportedConstructException("unsupported: alignment " + alignment + " of @" + global.name()
                    + " (at most " + MAX_ALIGNMENT + ")", global.location());
        }
        return (int) alignment;
    }
}
