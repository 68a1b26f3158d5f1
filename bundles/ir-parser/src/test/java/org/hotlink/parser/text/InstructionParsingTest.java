package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.AtomicRmwInstruction;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CallingConvention;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.CmpXchgInstruction;
import org.hotlink.ir.Function;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.InlineAsm;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.Module;
import org.hotlink.ir.ShuffleVectorInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.hotlink.ir.TailKind;
import org.junit.jupiter.api.Test;

/** Test that instruction flags, calls, atomics, vectors, metadata and debug records parse as the model describes. */
class InstructionParsingTest {
    private static List<Instruction> body(Module m, String function) {
        return m.function(function).entryBlock().instructions();
    }

    @Test
    void arithmeticFlagsAndFastMathFlagsAreKept() {
        Module m = IrTestSupport.parse("""
                define double @f(i32 %a, i32 %b, double %x) {
                  %1 = add nuw nsw i32 %a, %b
                  %2 = udiv exact i32 %1, 4
                  %3 = or disjoint i32 %2, 1
                  %4 = zext nneg i32 %3 to i64
                  %5 = fmul fast double %x, %x
                  %6 = fadd nnan ninf double %5, 1.0
                  %7 = getelementptr inbounds nuw i8, ptr null, i64 %4
                  ret double %6
                }
                """);
        List<Instruction> b = body(m, "f");
        BinaryInstruction add = (BinaryInstruction) b.get(0);
        assertTrue(add.hasNoUnsignedWrap() && add.hasNoSignedWrap(), "expected nuw nsw on add");
        assertTrue(((BinaryInstruction) b.get(1)).isExact(), "expected exact on udiv");
        assertTrue(((BinaryInstruction) b.get(2)).isDisjoint(), "expected disjoint on or");
        assertTrue(((CastInstruction) b.get(3)).isNonNegative(), "expected nneg on zext");
        assertEquals(7, b.get(4).fastMathFlags().size(), "expected 'fast' to expand to all seven flags");
        assertEquals(Set.of("nnan", "ninf"), b.get(5).fastMathFlags(), "expected nnan ninf");
        assertTrue(((GetElementPtrInstruction) b.get(6)).isInBounds(), "expected inbounds on the GEP");
    }

    @Test
    void callsCarryTailKindConventionAttributesAndMetadataArguments() {
        Module m = IrTestSupport.parse("""
                define internal fastcc signext i8 @g(i8 signext %c) { ret i8 %c }
                define void @f(ptr %p) !dbg !3 {
                  %1 = tail call fastcc signext i8 @g(i8 signext 7), !dbg !4
                  musttail call void @f(ptr %p)
                  call void @llvm.dbg.declare(metadata ptr %p, metadata !5, metadata !DIExpression()), !dbg !4
                  #dbg_value(ptr %p, !5, !DIExpression(), !4)
                  call void asm sideeffect "nop", "~{dirflag}"()
                  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
                  %2 = call i32 (ptr, ...) @printf(ptr %p, i32 1) #0
                  ret void
                }
                declare void @llvm.dbg.declare(metadata, metadata, metadata)
                declare void @llvm.assume(i1)
                declare i32 @printf(ptr noundef, ...)
                attributes #0 = { nounwind }
                !3 = distinct !DISubprogram(name: "f", line: 1)
                !4 = !DILocation(line: 2, column: 3, scope: !3)
                !5 = !DILocalVariable(name: "p", scope: !3)
                """);
        List<Instruction> b = body(m, "f");
        CallInstruction tail = (CallInstruction) b.get(0);
        assertEquals(TailKind.TAIL, tail.tailKind(), "expected tail");
        assertEquals(CallingConvention.FAST, tail.callingConvention(), "expected fastcc");
        assertTrue(tail.returnAttributes().has("signext") && tail.argumentAttributes(0).has("signext"),
                "expected signext on return and argument");
        assertEquals(TailKind.MUST_TAIL, ((CallInstruction) b.get(1)).tailKind(), "expected musttail");
        assertTrue(b.get(2).isDebugIntrinsicCall(), "expected llvm.dbg.declare to be a debug call");
        assertInstanceOf(InlineAsm.class, ((CallInstruction) b.get(3)).callee(), "expected inline asm as the callee");
        assertEquals(7, b.size(), "expected the debug record to be dropped, calls kept");
        assertEquals(7, m.instructionCount(), "expected 1 in @g plus 6 in @f without the dbg call");
        Function g = m.function("g");
        assertEquals(CallingConvention.FAST, g.callingConvention(), "expected fastcc on @g");
    }

    @Test
    void memoryAtomicsSwitchAndVectorsParse() {
        Module m = IrTestSupport.parse("""
                define <4 x i32> @f(ptr %p, i32 %x, <4 x i32> %v) {
                entry:
                  %r1 = load volatile i32, ptr %p, align 4, !tbaa !1
                  %r2 = load atomic i32, ptr %p seq_cst, align 4
                  store atomic i32 %r1, ptr %p release, align 4
                  %r3 = atomicrmw add ptr %p, i32 1 monotonic, align 4
                  %r4 = cmpxchg weak ptr %p, i32 0, i32 1 acq_rel acquire, align 4
                  fence syncscope("singlethread") seq_cst
                  %r5 = shufflevector <4 x i32> %v, <4 x i32> poison, <4 x i32> <i32 3, i32 poison, i32 1, i32 0>
                  %r6 = extractvalue { i32, i1 } %r4, 1
                  switch i32 %x, label %d [
                    i32 0, label %a
                    i32 7, label %d
                  ]
                a:
                  ret <4 x i32> %r5
                d:
                  unreachable
                }
                !1 = !{!"int", !2}
                !2 = !{!"tbaa root"}
                """);
        List<Instruction> b = body(m, "f");
        assertTrue(((LoadInstruction) b.get(0)).isVolatile(), "expected a volatile load");
        assertEquals(AtomicOrdering.SEQ_CST, ((LoadInstruction) b.get(1)).ordering(), "expected seq_cst load");
        assertEquals(org.hotlink.ir.AtomicRmwOperation.ADD, ((AtomicRmwInstruction) b.get(3)).operation(), "expected atomicrmw add");
        CmpXchgInstruction cx = (CmpXchgInstruction) b.get(4);
        assertTrue(cx.isWeak() && cx.failureOrdering() == AtomicOrdering.ACQUIRE, "expected weak cmpxchg with acquire failure");
        assertEquals("{ i32, i1 }", cx.type().toString(), "expected cmpxchg to return { i32, i1 }");
        assertEquals(List.of(3, -1, 1, 0), java.util.Arrays.stream(((ShuffleVectorInstruction) b.get(6)).mask()).boxed().toList(),
                "expected the mask with -1 for poison");
        SwitchInstruction sw = (SwitchInstruction) b.get(8);
        assertEquals(2, sw.caseCount(), "expected two cases");
        assertEquals(7, sw.caseValue(1).longValue(), "expected the second case value 7");
        assertEquals("a", sw.caseTarget(0).name(), "expected case 0 to go to %a");
    }

    @Test
    void operandBundlesOutsideAssumeAreRejected() {
        IrSyntaxException e = IrTestSupport.parseError("""
                define void @f() {
                  call void @f() [ "deopt"() ]
                  ret void
                }
                """);
        assertTrue(e.getMessage().startsWith("unsupported: operand bundles"), "expected operand bundles to be unsupported, got " + e.getMessage());
    }

    @Test
    void moduleLevelPropertiesAreRecorded() {
        Module m = IrTestSupport.parse("""
                source_filename = "x.c"
                target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
                target triple = "x86_64-pc-linux-gnu"
                module asm "nop"
                $c = comdat any
                @g = linkonce_odr hidden global i32 0, comdat($c), section ".data.g", align 4
                @a = alias i32, ptr @g
                @h = external thread_local(initialexec) global i32
                @0 = private constant [2 x i8] c"x\00"
                @"quoted name" = global ptr @0
                declare void @m() memory(argmem: readwrite, inaccessiblemem: none)
                !llvm.module.flags = !{!0}
                !0 = !{i32 1, !"wchar_size", i32 4}
                """);
        assertEquals("x.c", m.name(), "expected source_filename as the module name");
        assertEquals(List.of("nop"), m.moduleAssembly(), "expected module asm recorded");
        assertEquals("c", m.global("g").comdat(), "expected comdat $c");
        assertEquals(".data.g", m.global("g").section(), "expected the section");
        assertEquals(org.hotlink.ir.Visibility.HIDDEN, m.global("g").visibility(), "expected hidden visibility");
        assertEquals(m.global("g"), m.alias("a").aliasee(), "expected alias to @g");
        assertTrue(m.global("h").isDeclaration(), "expected an external declaration");
        assertEquals(org.hotlink.ir.ThreadLocalMode.INITIAL_EXEC, m.global("h").threadLocalMode(), "expected initialexec");
        assertEquals(m.global("0"), m.global("quoted name").initializer(), "expected @\"quoted name\" to point at @0");
        assertEquals("argmem: readwrite, inaccessiblemem: none", m.function("m").attributes().stringOf("memory"),
                "expected memory(...) kept as text");
    }
}
