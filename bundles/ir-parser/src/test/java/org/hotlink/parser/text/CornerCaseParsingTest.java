package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.ConstantArray;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.Function;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Module;
import org.hotlink.ir.VectorType;
import org.junit.jupiter.api.Test;

/** Test that less common but valid constructs (ctors, prefix/prologue/gc/personality, vector GEPs, dynamic alloca, comdat functions) parse. */
class CornerCaseParsingTest {
    @Test
    void functionTrailersCtorsAndVectorOperationsParse() {
        Module m = IrTestSupport.parse("""
                $inl = comdat any
                @llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init, ptr null }]
                define internal void @init() section ".text.startup" { ret void }
                define linkonce_odr hidden i32 @inl() comdat align 16 { ret i32 1 }
                define void @f(i64 %n, <4 x ptr> %v, <4 x i64> %i, ptr %ap) prefix i32 123 prologue i8 1 gc "shadow-stack" personality ptr @init {
                  %buf = alloca i32, i64 %n, align 16
                  %ps = getelementptr i32, <4 x ptr> %v, <4 x i64> %i
                  %one = getelementptr inbounds i8, ptr %buf, i64 4
                  %fz = freeze i64 %n
                  %va = va_arg ptr %ap, i32
                  %cx = call { double, double } @__muldc3(double 1.0, double 2.0, double 3.0, double 4.0)
                  %re = extractvalue { double, double } %cx, 0
                  %agg = insertvalue { double, double } poison, double %re, 1
                  %vec = insertelement <2 x float> undef, float 1.0, i32 0
                  %lane = extractelement <2 x float> %vec, i64 1
                  ret void
                }
                declare { double, double } @__muldc3(double, double, double, double)
                """);
        ConstantArray ctors = (ConstantArray) m.global("llvm.global_ctors").initializer();
        assertEquals(Linkage.APPENDING, m.global("llvm.global_ctors").linkage(), "expected appending linkage");
        assertSame(m.function("init"), ((ConstantStruct) ctors.element(0)).element(1), "expected @init in the ctor table");
        assertEquals(".text.startup", m.function("init").section(), "expected the function's section");
        Function inl = m.function("inl");
        assertEquals("inl", inl.comdat(), "expected a bare 'comdat' to name the function itself");
        assertEquals(16, inl.alignment(), "expected align 16 on the function");
        Function f = m.function("f");
        assertTrue(f.hasPersonality() && "shadow-stack".equals(f.gc()) && f.prefix() != null && f.prologue() != null,
                "expected personality, gc, prefix and prologue");
        List<Instruction> b = f.entryBlock().instructions();
        assertTrue(!((AllocaInstruction) b.get(0)).isStatic(), "expected a dynamic alloca");
        assertEquals(16, ((AllocaInstruction) b.get(0)).alignment(), "expected align 16");
        VectorType ptrs = assertInstanceOf(VectorType.class, ((GetElementPtrInstruction) b.get(1)).type(),
                "expected a vector GEP to give a vector of pointers");
        assertEquals(4, ptrs.length(), "expected 4 lanes");
        assertEquals(11, b.size(), "expected all 11 instructions of @f");
        assertEquals(13, m.instructionCount(), "expected 1 + 1 + 11 instructions in the defined functions");
    }
}
