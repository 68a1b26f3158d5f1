package org.hotlink.verifier.impl;

import static org.hotlink.ir.FloatingType.DOUBLE;
import static org.hotlink.ir.FloatingType.FLOAT;
import static org.hotlink.ir.IntegerType.I1;
import static org.hotlink.ir.IntegerType.I16;
import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.ir.IntegerType.I64;
import static org.hotlink.ir.IntegerType.I8;
import static org.hotlink.ir.PointerType.PTR;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.AtomicRmwInstruction;
import org.hotlink.ir.AtomicRmwOperation;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CallingConvention;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.CmpXchgInstruction;
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ExtractValueInstruction;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.InsertElementInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.Predicate;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SelectInstruction;
import org.hotlink.ir.ShuffleVectorInstruction;
import org.hotlink.ir.StoreInstruction;
import org.hotlink.ir.StructType;
import org.hotlink.ir.TailKind;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.VoidType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One malformed instruction per rule, in a function {@code void @f(...)} whose entry block holds
 * the offending instruction on line 3 (column 3) followed by {@code ret void}. Each text is
 * rejected by LLVM as well.
 */
class SingleInstructionRulesTest {

    /** A case: the IR text, the parameters of {@code @f}, the offending instruction built from them, the message. */
    private record Case(String rule, String text, List<Type> parameters, Function<org.hotlink.ir.Function, Instruction> build,
            String message) {
    }

    private static String function(String parameters, String instruction) {
        return "define void @f(" + parameters + ") {\nentry:\n  " + instruction + "\n  ret void\n}\n";
    }

    private static List<Case> cases() {
        VectorType v4i32 = new VectorType(4, I32);
        VectorType v2i32 = new VectorType(2, I32);
        return List.of(
                new Case("zext to a narrower type", function("i32 %a", "%r = zext i32 %a to i16"), List.of(I32),
                        f -> new CastInstruction(Opcode.ZEXT, f.argument(0), I16),
                        "invalid cast: zext from i32 to i16 (the destination must be wider than the source)"),
                new Case("fpext to a narrower type", function("double %a", "%r = fpext double %a to float"), List.of(DOUBLE),
                        f -> new CastInstruction(Opcode.FPEXT, f.argument(0), FLOAT),
                        "invalid cast: fpext from double to float (the destination must be wider than the source)"),
                new Case("sitofp from floating point", function("float %a", "%r = sitofp float %a to double"), List.of(FLOAT),
                        f -> new CastInstruction(Opcode.SITOFP, f.argument(0), DOUBLE),
                        "invalid cast: sitofp from float to double (needs integer to floating point)"),
                new Case("trunc between vector lengths", function("<4 x i32> %a", "%r = trunc <4 x i32> %a to <2 x i16>"),
                        List.of(v4i32), f -> new CastInstruction(Opcode.TRUNC, f.argument(0), new VectorType(2, I16)),
                        "source and destination must both be scalars or vectors of the same length"),
                new Case("bitcast of a pointer to an integer", function("ptr %a", "%r = bitcast ptr %a to i64"), List.of(PTR),
                        f -> new CastInstruction(Opcode.BITCAST, f.argument(0), I64),
                        "invalid cast: bitcast from ptr to i64 (pointers can only be cast to pointers)"),
                new Case("select of vectors with a condition of other lanes",
                        function("<2 x i1> %c, <4 x i32> %a", "%r = select <2 x i1> %c, <4 x i32> %a, <4 x i32> %a"),
                        List.of(new VectorType(2, I1), v4i32),
                        f -> new SelectInstruction(f.argument(0), f.argument(1), f.argument(1)),
                        "'%c' has type <2 x i1> but the operand must be <4 x i1>"),
                new Case("select between two types", function("i1 %c, i32 %a, i64 %b", "%r = select i1 %c, i32 %a, i64 %b"),
                        List.of(I1, I32, I64), f -> new SelectInstruction(f.argument(0), f.argument(1), f.argument(2)),
                        "'%b' has type i64 but the operand must be i32"),
                new Case("alloca with a floating-point count", function("double %n", "%r = alloca i32, double %n"),
                        List.of(DOUBLE), f -> new AllocaInstruction(I32, f.argument(0), 4, 0),
                        "'%n' has type double but the operand must be an integer"),
                new Case("atomic store with acquire ordering",
                        function("ptr %p", "store atomic i32 0, ptr %p acquire, align 4"), List.of(PTR),
                        f -> new StoreInstruction(ConstantInt.of(I32, 0), f.argument(0), 4, false, AtomicOrdering.ACQUIRE, null),
                        "store cannot have acquire ordering"),
                new Case("unordered atomicrmw", function("ptr %p", "%r = atomicrmw add ptr %p, i32 1 unordered"), List.of(PTR),
                        f -> new AtomicRmwInstruction(AtomicRmwOperation.ADD, f.argument(0), ConstantInt.of(I32, 1),
                                AtomicOrdering.UNORDERED, false, null, 4),
                        "atomicrmw instructions cannot be unordered"),
                new Case("cmpxchg of floating point", function("ptr %p", "%r = cmpxchg ptr %p, double 0.0, double 1.0 seq_cst seq_cst"),
                        List.of(PTR), f -> new CmpXchgInstruction(f.argument(0), ConstantFloat.ofDouble(0.0),
                                ConstantFloat.ofDouble(1.0), AtomicOrdering.SEQ_CST, AtomicOrdering.SEQ_CST, false, false, null, 8),
                        "has type double but the operand must be an integer or a pointer"),
                new Case("getelementptr on an integer base", function("i64 %p", "%r = getelementptr i8, i64 %p, i64 1"),
                        List.of(I64), f -> new GetElementPtrInstruction(I8, PTR, f.argument(0), List.of(ConstantInt.of(I64, 1))),
                        "'%p' has type i64 but the operand must be ptr or a vector of ptr"),
                new Case("getelementptr with vector indices of two lengths",
                        function("ptr %p, <4 x i64> %i, <2 x i64> %j", "%r = getelementptr [4 x i8], ptr %p, <4 x i64> %i, <2 x i64> %j"),
                        List.of(PTR, new VectorType(4, I64), new VectorType(2, I64)),
                        f -> new GetElementPtrInstruction(new org.hotlink.ir.ArrayType(4, I8), new VectorType(4, PTR),
                                f.argument(0), List.of(f.argument(1), f.argument(2))),
                        "getelementptr vector index has a wrong number of elements"),
                new Case("extractvalue from a scalar", function("i32 %a", "%r = extractvalue i32 %a, 0"), List.of(I32),
                        f -> new ExtractValueInstruction(I32, f.argument(0), new int[] {0}),
                        "extractvalue operand has type i32 but must be a struct or an array"),
                new Case("insertelement of the wrong element type",
                        function("<2 x i32> %v, i64 %x", "%r = insertelement <2 x i32> %v, i64 %x, i32 0"),
                        List.of(v2i32, I64), f -> new InsertElementInstruction(f.argument(0), f.argument(1), ConstantInt.of(I32, 0)),
                        "'%x' has type i64 but the operand must be i32"),
                new Case("fcmp of integers", function("i32 %a", "%r = fcmp olt i32 %a, %a"), List.of(I32),
                        f -> new CompareInstruction(Opcode.FCMP, Predicate.OLT, f.argument(0), f.argument(0)),
                        "'%a' has type i32 but the operand must be floating point"),
                new Case("atomic load of a struct", function("ptr %p", "%r = load atomic { i32 }, ptr %p seq_cst, align 4"),
                        List.of(PTR), f -> new LoadInstruction(new StructType(List.of(I32), false), f.argument(0), 4, false,
                                AtomicOrdering.SEQ_CST, null),
                        "atomic load operand must have integer, pointer or floating point type, not { i32 }"),
                new Case("shufflevector of two vector types",
                        function("<2 x i32> %a, <4 x i32> %b", "%r = shufflevector <2 x i32> %a, <4 x i32> %b, <2 x i32> <i32 0, i32 1>"),
                        List.of(v2i32, v4i32), f -> new ShuffleVectorInstruction(f.argument(0), f.argument(1), new int[] {0, 1}),
                        "'%b' has type <4 x i32> but the operand must be <2 x i32>"),
                new Case("call of an integer", function("i64 %target", "call void %target()"), List.of(I64),
                        f -> new CallInstruction(new FunctionType(VoidType.VOID, List.of(), false), f.argument(0), List.of(),
                                Collections.emptyList(), AttributeSet.EMPTY, AttributeSet.EMPTY, CallingConvention.C, TailKind.NONE),
                        "called function '%target' has type i64 but the operand must be ptr"));
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedInstructionIsRejected() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.rule(), () -> {
            TestModule t = new TestModule(c.text());
            org.hotlink.ir.Function f = t.function("define", "f", VoidType.VOID, c.parameters(),
                    parameterNames(c.text(), c.parameters().size()));
            BasicBlock entry = t.block(f, "entry");
            String offendingLine = c.text().split("\n")[2].trim();
            t.put(entry, offendingLine, c.build().apply(f));
            t.put(entry, "ret void", new ReturnInstruction(null));
            assertRejected(t, c.message(), 3, 3);
        }));
    }

    /** The parameter names as the text declares them, so the model and the text agree. */
    private static String[] parameterNames(String text, int count) {
        String[] declared = text.substring(text.indexOf('(') + 1, text.indexOf(')')).split(", ");
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = declared[i].substring(declared[i].lastIndexOf('%') + 1);
        }
        return names;
    }
}
