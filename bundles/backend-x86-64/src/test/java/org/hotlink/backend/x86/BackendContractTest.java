package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.ObjectSection;
import org.hotlink.codegen.ObjectSymbol;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.TargetMismatchException;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Module;
import org.hotlink.parser.text.TextIrParser;
import org.junit.jupiter.api.Test;

/** Test that the object, the target checks, the stubs and the unsupported-construct reports follow the codegen contract. */
class BackendContractTest {
    private static ObjectSymbol symbol(RelocatableObject o, String name) {
        return o.symbols().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("symbol " + name + " should be in the object"));
    }

    @Test
    void functionsGetOwnCodeSectionsSymbolsAndTheRightRelocations() throws Exception {
        RelocatableObject o = CompiledModule.compileOnly("""
                @counter = internal global i32 0
                @stdout = external global ptr
                declare i32 @puts(ptr)
                declare extern_weak void @maybe()
                define internal i32 @helper() {
                  ret i32 1
                }
                define i32 @main() {
                  %v = load i32, ptr @counter
                  %s = load ptr, ptr @stdout
                  %r = call i32 @helper()
                  %p = call i32 @puts(ptr %s)
                  call void @maybe()
                  ret i32 %v
                }
                """);
        ObjectSymbol main = symbol(o, "main");
        ObjectSection text = o.sections().get(main.section());
        assertEquals(".text.main", text.name(), "main's code section name");
        assertEquals(SectionKind.CODE, text.kind(), "main's section kind");
        assertEquals(16, text.alignment(), "code sections are 16-byte aligned");
        assertEquals(SymbolKind.FUNCTION, main.kind(), "main is a function symbol");
        assertEquals(SymbolBinding.GLOBAL, main.binding(), "external linkage binds GLOBAL");
        assertEquals(SymbolBinding.LOCAL, symbol(o, "helper").binding(), "internal linkage binds LOCAL");
        assertEquals(SymbolKind.FUNCTION, symbol(o, "puts").kind(), "puts is referenced as a function");
        assertTrue(!symbol(o, "puts").isDefined(), "puts stays undefined");
        assertEquals(SymbolKind.DATA, symbol(o, "stdout").kind(), "stdout is referenced as data");
        assertEquals(SymbolBinding.WEAK, symbol(o, "maybe").binding(), "extern_weak references are weak");
        List<Relocation> relocs = text.relocations();
        assertTrue(relocs.stream().anyMatch(r -> r.symbol().equals("counter") && r.type() == RelocationType.X86_64_PC32),
                "a defined global is reached PC-relative: " + relocs);
        assertTrue(relocs.stream().anyMatch(r -> r.symbol().equals("stdout") && r.type() == RelocationType.X86_64_GOTPCREL),
                "an external global is reached through the GOT: " + relocs);
        assertTrue(relocs.stream().anyMatch(r -> r.symbol().equals("helper") && r.type() == RelocationType.X86_64_PLT32
                && r.addend() == -4), "a direct call is PLT32 with addend -4: " + relocs);
        assertEquals(2, o.statistics().functionsCompiled(), "two functions compiled");
        long code = o.sections().stream().filter(s -> s.kind() == SectionKind.CODE).mapToLong(ObjectSection::size).sum();
        assertEquals(code, o.statistics().codeBytes(), "code bytes are the sum of the code sections");
    }

    @Test
    void functionsLeftOutOfThePartialCompilationBecomeUndefinedReferences() throws Exception {
        Module m = new TextIrParser().parse("t.ll", """
                define i32 @f() {
                  ret i32 1
                }
                define i32 @g() {
                  %r = call i32 @f()
                  ret i32 %r
                }
                """);
        RelocatableObject o = new X86Backend().compile(m, new CompileOptions(java.util.Set.of("g"), true, false));
        assertTrue(!symbol(o, "f").isDefined(), "f was not asked for, so it is only referenced");
        assertEquals(1, o.statistics().functionsCompiled(), "only g is compiled");
    }

    @Test
    void inlineAssemblyIsReportedAtItsLocation() throws Exception {
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> CompiledModule.compileOnly("""
                define void @f() {
                  call void asm sideeffect "nop", ""()
                  ret void
                }
                """));
        assertTrue(e.getMessage().startsWith("unsupported: inline assembly"), "message names the construct: " + e.getMessage());
        assertEquals(2, e.location().line(), "the call is on line 2");
        assertEquals(3, e.location().column(), "the call starts at column 3");
    }

    @Test
    void longDoubleIsReportedAtItsLocation() throws Exception {
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> CompiledModule.compileOnly("""
                define x86_fp80 @f(x86_fp80 %a) {
                  %b = fadd x86_fp80 %a, %a
                  ret x86_fp80 %b
                }
                """));
        assertTrue(e.getMessage().startsWith("unsupported:"), "message starts with unsupported: " + e.getMessage());
        assertTrue(e.location().line() >= 1, "the location is known: " + e.location());
    }

    @Test
    void wideVectorArithmeticIsReportedAtTheInstruction() throws Exception {
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> CompiledModule.compileOnly("""
                define void @f(ptr %p) {
                  %v = load <4 x i32>, ptr %p
                  %w = add <4 x i32> %v, %v
                  store <4 x i32> %w, ptr %p
                  ret void
                }
                """));
        assertEquals(2, e.location().line(), "the first vector instruction is on line 2: " + e.getMessage());
    }

    @Test
    void anotherArchitectureOrDataLayoutIsATargetMismatch() throws Exception {
        X86Backend backend = new X86Backend();
        Module arm = new TextIrParser().parse("a.ll", "target triple = \"aarch64-unknown-linux-gnu\"\n");
        assertThrows(TargetMismatchException.class, () -> backend.checkTarget(arm), "an aarch64 module is refused");
        Module layout = new TextIrParser().parse("b.ll", "target datalayout = \"e-m:e-i64:64-n32:64-S128\"\n");
        assertThrows(TargetMismatchException.class, () -> backend.checkTarget(layout), "another data layout is refused");
        Module ok = new TextIrParser().parse("c.ll", "target datalayout = \"" + backend.dataLayout()
                + "\"\ntarget triple = \"x86_64-pc-linux-gnu\"\n");
        backend.checkTarget(ok);
        assertEquals("x86_64", backend.target(), "the target name");
    }

    @Test
    void entryStubIsAnIndirectJumpThroughTheSlotPaddedWithInt3() {
        X86StubWriter w = new X86StubWriter();
        byte[] buf = new byte[16];
        w.writeEntryStub(buf, 8, 0x1000, 0x2000);
        int disp = 0x2000 - (0x1000 + 6);
        assertEquals(8, w.entryStubSize(), "stubs are 8 bytes");
        byte[] expected = {(byte) 0xFF, 0x25, (byte) disp, (byte) (disp >> 8), 0, 0, (byte) 0xCC, (byte) 0xCC};
        for (int i = 0; i < 8; i++) {
            assertEquals(expected[i], buf[8 + i], "stub byte " + i + " of jmp [rip+disp32]; int3; int3");
        }
        assertThrows(IllegalArgumentException.class, () -> w.writeEntryStub(buf, 0, 0, 1L << 33),
                "a slot 8 GiB away is out of the stub's reach");
    }
}
