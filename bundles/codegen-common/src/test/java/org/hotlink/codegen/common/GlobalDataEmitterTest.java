package org.hotlink.codegen.common;

import static org.hotlink.codegen.common.IrFixtures.I32;
import static org.hotlink.codegen.common.IrFixtures.I64;
import static org.hotlink.codegen.common.IrFixtures.I8;
import static org.hotlink.codegen.common.IrFixtures.PTR;
import static org.hotlink.codegen.common.IrFixtures.array;
import static org.hotlink.codegen.common.IrFixtures.arrayOf;
import static org.hotlink.codegen.common.IrFixtures.gep;
import static org.hotlink.codegen.common.IrFixtures.hex;
import static org.hotlink.codegen.common.IrFixtures.i32;
import static org.hotlink.codegen.common.IrFixtures.i64;
import static org.hotlink.codegen.common.IrFixtures.struct;
import static org.hotlink.codegen.common.IrFixtures.structOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.hotlink.codegen.CompileStatistics;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Module;
import org.hotlink.ir.StructType;
import org.hotlink.ir.ThreadLocalMode;
import org.hotlink.ir.ZeroInitializer;
import org.junit.jupiter.api.Test;

/** Tests that GlobalDataEmitter turns a module's globals and aliases into sections, symbols and relocations. */
class GlobalDataEmitterTest {
    private static final CompileStatistics STATS = new CompileStatistics(0, 0, 0);
    private final GlobalDataEmitter emitter = new GlobalDataEmitter(DataLayout.x86_64Linux(), RelocationType.X86_64_64);
    private final Module module = new Module("test.ll");
    private final ObjectBuilder builder = new ObjectBuilder();

    private RelocatableObject emit() throws UnsupportedConstructException {
        emitter.emitGlobals(module, builder);
        return builder.build("test", STATS);
    }

    private static ObjectSymbol symbol(RelocatableObject object, String name) {
        return object.symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static ObjectSection sectionOf(RelocatableObject object, String name) {
        ObjectSymbol s = symbol(object, name);
        return s == null || !s.isDefined() ? null : object.sections().get(s.section());
    }

    @Test
    void sectionKindFollowsConstnessAndContents() throws Exception {
        IrFixtures.global(module, "ro", i32(5), 1).setConstant(true);
        IrFixtures.global(module, "rozero", i32(0), 2).setConstant(true);
        IrFixtures.global(module, "rw", i32(5), 3);
        IrFixtures.global(module, "zero", arrayOf(I32, i32(0), i32(0)), 4);
        IrFixtures.global(module, "nullptr", new ConstantNull(PTR), 5);
        IrFixtures.global(module, "negzero", ConstantFloat.ofDouble(-0.0), 6);
        RelocatableObject object = emit();
        assertEquals(SectionKind.READ_ONLY_DATA, sectionOf(object, "ro").kind(), "a constant global is read-only");
        assertEquals(SectionKind.READ_ONLY_DATA, sectionOf(object, "rozero").kind(), "a zero constant stays read-only");
        assertEquals("00000000", hex(sectionOf(object, "rozero").contents()), "with its four zero bytes");
        assertEquals(SectionKind.WRITABLE_DATA, sectionOf(object, "rw").kind(), "a non-zero global is writable data");
        assertEquals("05000000", hex(sectionOf(object, "rw").contents()), "holding 5");
        assertEquals(SectionKind.ZERO_FILL, sectionOf(object, "zero").kind(), "an all-zero array is zero-filled");
        assertEquals(8, sectionOf(object, "zero").size(), "of 8 bytes");
        assertEquals(SectionKind.ZERO_FILL, sectionOf(object, "nullptr").kind(), "a null pointer is zero-filled");
        assertEquals(SectionKind.WRITABLE_DATA, sectionOf(object, "negzero").kind(), "-0.0 is not zero");
        assertEquals(".data.rw", sectionOf(object, "rw").name(), "sections are named after their global");
    }

    @Test
    void alignmentIsTheLargerOfExplicitAndAbiAlignment() throws Exception {
        IrFixtures.global(module, "over", i32(1), 1).setAlignment(64);
        IrFixtures.global(module, "under", ConstantFloat.ofDouble(1), 2).setAlignment(1);
        IrFixtures.global(module, "plain", new ZeroInitializer(struct(I8, I64)), 3);
        IrFixtures.global(module, "fp80", new ZeroInitializer(FloatingType.X86_FP80), 4);
        RelocatableObject object = emit();
        assertEquals(64, sectionOf(object, "over").alignment(), "align 64 on an i32 gives 64");
        assertEquals(8, sectionOf(object, "under").alignment(), "align 1 on a double still gives 8");
        assertEquals(8, sectionOf(object, "plain").alignment(), "{i8, i64} aligns to 8");
        assertEquals(16, sectionOf(object, "fp80").alignment(), "x86_fp80 aligns to 16");
        assertEquals(16, sectionOf(object, "fp80").size(), "x86_fp80 takes 16 bytes");
    }

    @Test
    void eachGlobalIsADataSymbolAtOffsetZeroWithItsAllocationSize() throws Exception {
        IrFixtures.global(module, "s", new ZeroInitializer(struct(I64, I8)), 1).setLinkage(Linkage.INTERNAL);
        RelocatableObject object = emit();
        assertEquals(new ObjectSymbol("s", SymbolKind.DATA, SymbolBinding.LOCAL, 0, 0, 16), symbol(object, "s"),
                "internal @s: local DATA symbol at 0 of section 0, 16 bytes");
    }

    @Test
    void commonGlobalsAreWeakZeroFill() throws Exception {
        IrFixtures.global(module, "c", i32(0), 1).setLinkage(Linkage.COMMON);
        RelocatableObject object = emit();
        assertEquals(SymbolBinding.WEAK, symbol(object, "c").binding(), "common is weak");
        assertEquals(SectionKind.ZERO_FILL, sectionOf(object, "c").kind(), "common is zero-filled");
    }

    @Test
    void aCommonGlobalWithANonZeroInitializerIsUnsupported() {
        IrFixtures.global(module, "c", i32(3), 17).setLinkage(Linkage.COMMON);
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, this::emit,
                "common data is zero by definition");
        assertEquals(17, e.location().line(), "reported at @c's line");
    }

    @Test
    void aZeroSizedGlobalStillGetsItsOwnByte() throws Exception {
        IrFixtures.global(module, "empty", new ZeroInitializer(array(0, I32)), 1).setConstant(true);
        RelocatableObject object = emit();
        assertEquals(1, sectionOf(object, "empty").size(), "one byte so that the address is distinct");
        assertEquals(0, symbol(object, "empty").size(), "the symbol keeps size 0");
    }

    @Test
    void llvmArraysDeclarationsAndAvailableExternallyAreNotEmitted() throws Exception {
        Function init = IrFixtures.function(module, "init", "entry");
        StructType ctor = struct(I32, PTR, PTR);
        GlobalVariable ctors = IrFixtures.global(module, "llvm.global_ctors",
                arrayOf(ctor, structOf(ctor, i32(65535), init, new ConstantNull(PTR))), 1);
        ctors.setLinkage(Linkage.APPENDING);
        IrFixtures.global(module, "llvm.used", arrayOf(PTR, init), 2).setLinkage(Linkage.APPENDING);
        IrFixtures.external(module, "ext", I32);
        IrFixtures.global(module, "copy", i32(3), 3).setLinkage(Linkage.AVAILABLE_EXTERNALLY);
        Map<GlobalVariable, Integer> sections = emitter.emitGlobals(module, builder);
        assertTrue(sections.isEmpty(), "nothing is emitted, got " + sections.keySet());
        assertEquals(0, builder.sectionCount(), "no section was added");
        assertTrue(builder.symbols().isEmpty(), "no symbol was added (not even a reference to @init)");
    }

    @Test
    void appendingLinkageOutsideLlvmArraysIsUnsupported() {
        IrFixtures.global(module, "mine", arrayOf(I32, i32(1)), 12).setLinkage(Linkage.APPENDING);
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, this::emit,
                "appending linkage is only for llvm.* arrays");
        assertEquals(12, e.location().line(), "reported at @mine's line");
    }

    @Test
    void threadLocalGlobalsAreUnsupportedAtTheirLocation() {
        IrFixtures.global(module, "x", i32(1), 31).setThreadLocalMode(ThreadLocalMode.GENERAL_DYNAMIC);
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, this::emit,
                "thread_local must be refused");
        assertEquals("unsupported: thread_local global @x", e.getMessage(), "the agreed message");
        assertEquals(31, e.location().line(), "reported at @x's line");
        assertTrue(e.render().startsWith("test.ll:31:1: error: unsupported: thread_local global @x"),
                "rendered as a compiler diagnostic: " + e.render());
    }

    @Test
    void addressesBecomePointerRelocationsWithTheOffsetAsAddend() throws Exception {
        GlobalVariable arr = IrFixtures.global(module, "arr", arrayOf(I32, i32(1), i32(2), i32(3)), 1);
        GlobalVariable stdout = IrFixtures.external(module, "stdout", PTR);
        Function puts = IrFixtures.function(module, "puts");
        Function local = IrFixtures.function(module, "helper", "entry");
        IrFixtures.global(module, "ptrs", arrayOf(PTR, gep(I32, arr, i64(2)), stdout, puts, local, gep(I8, arr, i64(-4))), 2);
        RelocatableObject object = emit();
        assertEquals(List.of(
                Relocation.toSymbol(0, RelocationType.X86_64_64, "arr", 8),
                Relocation.toSymbol(8, RelocationType.X86_64_64, "stdout", 0),
                Relocation.toSymbol(16, RelocationType.X86_64_64, "puts", 0),
                Relocation.toSymbol(24, RelocationType.X86_64_64, "helper", 0),
                Relocation.toSymbol(32, RelocationType.X86_64_64, "arr", -4)),
                sectionOf(object, "ptrs").relocations(), "one X86_64_64 per pointer, addend = offset");
        assertEquals(ObjectSymbol.undefined("stdout", SymbolKind.DATA, false), symbol(object, "stdout"),
                "@stdout is an undefined DATA reference");
        assertEquals(ObjectSymbol.undefined("puts", SymbolKind.FUNCTION, false), symbol(object, "puts"),
                "@puts is an undefined FUNCTION reference");
        assertEquals(ObjectSymbol.undefined("helper", SymbolKind.FUNCTION, false), symbol(object, "helper"),
                "@helper stays referenced until the back-end defines it");
        assertTrue(symbol(object, "arr").isDefined(), "@arr is defined, not referenced");
        assertEquals(1, object.symbols().stream().filter(s -> s.name().equals("arr")).count(), "@arr appears once");
    }

    @Test
    void externWeakReferencesAreWeak() throws Exception {
        GlobalVariable maybe = IrFixtures.external(module, "maybe", I32);
        maybe.setLinkage(Linkage.EXTERN_WEAK);
        IrFixtures.global(module, "p", maybe, 1);
        RelocatableObject object = emit();
        assertEquals(ObjectSymbol.undefined("maybe", SymbolKind.DATA, true), symbol(object, "maybe"),
                "@maybe is a weak undefined reference");
    }

    @Test
    void blockAddressTablesReferenceTheBlockSymbols() throws Exception {
        Function f = IrFixtures.function(module, "interp", "entry", "op_add", "7");
        BlockAddress add = new BlockAddress(f, "op_add");
        add.resolve(f.block("op_add"));
        BlockAddress seven = new BlockAddress(f, "7");
        seven.resolve(f.block("7"));
        GlobalVariable table = IrFixtures.global(module, "interp.labels", arrayOf(PTR, add, seven), 1);
        table.setConstant(true);
        table.setLinkage(Linkage.PRIVATE);
        RelocatableObject object = emit();
        assertEquals(List.of(Relocation.toSymbol(0, RelocationType.X86_64_64, "interp.__block.op_add", 0),
                Relocation.toSymbol(8, RelocationType.X86_64_64, "interp.__block.7", 0)),
                sectionOf(object, "interp.labels").relocations(), "one relocation per block");
        assertEquals(SymbolKind.DATA, symbol(object, "interp.__block.op_add").kind(), "a block symbol is DATA");
        assertEquals("interp.__block.7", GlobalDataEmitter.blockSymbolName(f, f.block("7")),
                "the public naming rule gives the same name");
    }

    @Test
    void relativeLookupTablesBecomePcRelativeRelocations() throws Exception {
        // @tbl = private constant [2 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @s1 to i64), i64 ptrtoint (ptr @tbl to i64)) to i32), ...]
        GlobalVariable s1 = IrFixtures.global(module, "s1", arrayOf(I8, IrFixtures.i8(1)), 1);
        GlobalVariable s2 = IrFixtures.global(module, "s2", arrayOf(I8, IrFixtures.i8(2), IrFixtures.i8(3)), 2);
        GlobalVariable tbl = new GlobalVariable("tbl", array(2, I32), 0);
        tbl.setInitializer(arrayOf(I32, relative(s1, tbl), relative(gep(I8, s2, i64(1)), tbl)));
        tbl.setConstant(true);
        tbl.setLinkage(Linkage.PRIVATE);
        tbl.setLocation(IrFixtures.at(3));
        module.addGlobal(tbl);
        RelocatableObject object = emit();
        assertEquals(List.of(Relocation.toSymbol(0, RelocationType.X86_64_PC32, "s1", 0),
                Relocation.toSymbol(4, RelocationType.X86_64_PC32, "s2", 1 + 4)),
                sectionOf(object, "tbl").relocations(), "entry i holds target - table: PC32 with addend offset + 4*i");
    }

    @Test
    void aDifferenceToAnotherGlobalIsUnsupported() {
        GlobalVariable s1 = IrFixtures.global(module, "s1", IrFixtures.i8(1), 1);
        GlobalVariable other = IrFixtures.global(module, "other", IrFixtures.i8(1), 2);
        IrFixtures.global(module, "tbl2", arrayOf(I32, relative(s1, other)), 44);
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, this::emit,
                "@s1 - @other cannot be one relocation inside @tbl2");
        assertEquals(44, e.location().line(), "reported at @tbl2's line");
    }

    /** {@code trunc (sub (ptrtoint target, ptrtoint base)) to i32}. */
    private static org.hotlink.ir.Constant relative(org.hotlink.ir.Constant target, org.hotlink.ir.Constant base) {
        return IrFixtures.cast(org.hotlink.ir.Opcode.TRUNC, IrFixtures.binary(org.hotlink.ir.Opcode.SUB,
                IrFixtures.cast(org.hotlink.ir.Opcode.PTRTOINT, target, I64),
                IrFixtures.cast(org.hotlink.ir.Opcode.PTRTOINT, base, I64)), I32);
    }

    @Test
    void dataAliasesAreDefinedInTheirAliaseeSection() throws Exception {
        GlobalVariable arr = IrFixtures.global(module, "arr", arrayOf(I32, i32(1), i32(2), i32(3)), 1);
        alias("whole", arrayOf(I32, i32(0)).type(), arr, Linkage.EXTERNAL);
        GlobalAlias second = alias("second", I32, gep(I32, arr, i64(1)), Linkage.WEAK);
        alias("chained", I32, second, Linkage.INTERNAL);
        emitter.emitGlobals(module, builder);
        emitter.emitAliases(module, builder);
        RelocatableObject object = builder.build("test", STATS);
        int section = symbol(object, "arr").section();
        assertEquals(new ObjectSymbol("whole", SymbolKind.DATA, SymbolBinding.GLOBAL, section, 0, 4), symbol(object, "whole"),
                "@whole at @arr's offset 0");
        assertEquals(new ObjectSymbol("second", SymbolKind.DATA, SymbolBinding.WEAK, section, 4, 4), symbol(object, "second"),
                "@second at offset 4, weak");
        assertEquals(new ObjectSymbol("chained", SymbolKind.DATA, SymbolBinding.LOCAL, section, 4, 4), symbol(object, "chained"),
                "an alias of an alias resolves to @arr+4, local");
    }

    @Test
    void functionAliasesAreFunctionSymbolsAtTheFunctionsCode() throws Exception {
        Function f = IrFixtures.function(module, "impl", "entry");
        Function g = IrFixtures.function(module, "other", "entry");
        alias("api", f.functionType(), f, Linkage.EXTERNAL);
        alias("api2", g.functionType(), g, Linkage.EXTERNAL);
        int code = builder.addSection(ObjectSection.of(".text.impl", SectionKind.CODE, 16, new byte[12], List.of()));
        builder.define("impl", SymbolKind.FUNCTION, SymbolBinding.GLOBAL, code, 0, 12);
        int otherCode = builder.addSection(ObjectSection.of(".text.other", SectionKind.CODE, 16, new byte[5], List.of()));
        emitter.emitAliases(module, builder, Map.of(g, otherCode));
        RelocatableObject object = builder.build("test", STATS);
        assertEquals(new ObjectSymbol("api", SymbolKind.FUNCTION, SymbolBinding.GLOBAL, code, 0, 12), symbol(object, "api"),
                "@api is a FUNCTION symbol at @impl's code, found through the builder");
        assertEquals(new ObjectSymbol("api2", SymbolKind.FUNCTION, SymbolBinding.GLOBAL, otherCode, 0, 5), symbol(object, "api2"),
                "@api2 is found through the function-section map");
    }

    @Test
    void anAliasOfAFunctionNotCompiledHereIsLeftOut() throws Exception {
        Function f = IrFixtures.function(module, "lazy", "entry");
        alias("lazyAlias", f.functionType(), f, Linkage.EXTERNAL);
        emitter.emitAliases(module, builder);
        assertNull(builder.symbol("lazyAlias"), "no symbol for an alias whose aliasee is absent");
    }

    @Test
    void aThreadLocalAliasIsUnsupportedAtItsLocation() {
        GlobalVariable g = IrFixtures.global(module, "g", i32(1), 1);
        GlobalAlias a = alias("tls", I32, g, Linkage.EXTERNAL);
        a.setThreadLocalMode(ThreadLocalMode.LOCAL_EXEC);
        a.setLocation(IrFixtures.at(20));
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> {
            emitter.emitGlobals(module, builder);
            emitter.emitAliases(module, builder);
        }, "a thread_local alias must be refused");
        assertEquals(20, e.location().line(), "reported at the alias's line");
    }

    @Test
    void aNonAbsoluteOrNarrowPointerRelocationIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new GlobalDataEmitter(DataLayout.x86_64Linux(), RelocationType.X86_64_PC32),
                "a PC-relative relocation cannot hold an absolute address");
        assertFalse(GlobalDataEmitter.isEmitted(IrFixtures.external(null, "decl", I32)), "a declaration is not emitted");
    }

    private GlobalAlias alias(String name, org.hotlink.ir.Type valueType, org.hotlink.ir.Constant aliasee, Linkage linkage) {
        GlobalAlias a = new GlobalAlias(name, valueType, 0);
        a.setAliasee(aliasee);
        a.setLinkage(linkage);
        module.addAlias(a);
        return a;
    }
}
