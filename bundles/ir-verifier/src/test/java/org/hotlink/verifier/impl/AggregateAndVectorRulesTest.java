package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.ir.IntegerType.I64;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;

import java.util.List;

import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ExtractElementInstruction;
import org.hotlink.ir.ExtractValueInstruction;
import org.hotlink.ir.Function;
import org.hotlink.ir.InsertValueInstruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.ShuffleVectorInstruction;
import org.hotlink.ir.StructType;
import org.hotlink.ir.VectorType;
import org.junit.jupiter.api.Test;

/** extractvalue, insertvalue, extractelement and shufflevector operands; LLVM rejects each case too. */
class AggregateAndVectorRulesTest {
    private static final StructType PAIR = new StructType(List.of(I32, I64), false);
    private static final VectorType V4I32 = new VectorType(4, I32);

    @Test
    void extractvalueIndexOutOfRangeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f({ i32, i64 } %s) {
                entry:
                  %x = extractvalue { i32, i64 } %s, 2
                  ret i32 %x
                }
                """);
        Function f = t.function("define", "f", I32, List.of(PAIR), "s");
        BasicBlock entry = t.block(f, "entry");
        var x = t.put(entry, "%x = extractvalue", new ExtractValueInstruction(I32, f.argument(0), new int[] {2}));
        t.put(entry, "ret i32 %x", new ReturnInstruction(x));
        assertRejected(t, "invalid extractvalue index 2 into { i32, i64 }", 3, 3);
    }

    @Test
    void insertvalueOfTheWrongMemberTypeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define { i32, i64 } @f({ i32, i64 } %s, i32 %v) {
                entry:
                  %r = insertvalue { i32, i64 } %s, i32 %v, 1
                  ret { i32, i64 } %r
                }
                """);
        Function f = t.function("define", "f", PAIR, List.of(PAIR, I32), "s", "v");
        BasicBlock entry = t.block(f, "entry");
        var r = t.put(entry, "%r = insertvalue", new InsertValueInstruction(f.argument(0), f.argument(1), new int[] {1}));
        t.put(entry, "ret { i32, i64 } %r", new ReturnInstruction(r));
        assertRejected(t, "'%v' has type i32 but the operand must be i64", 3, 3);
    }

    @Test
    void extractelementFromAScalarIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i32 @f(i32 %v) {
                entry:
                  %x = extractelement i32 %v, i64 0
                  ret i32 %x
                }
                """);
        Function f = t.function("define", "f", I32, List.of(I32), "v");
        BasicBlock entry = t.block(f, "entry");
        var x = t.put(entry, "%x = extractelement", new ExtractElementInstruction(f.argument(0), ConstantInt.of(I64, 0)));
        t.put(entry, "ret i32 %x", new ReturnInstruction(x));
        assertRejected(t, "'%v' has type i32 but the operand must be a vector", 3, 3);
    }

    @Test
    void shufflevectorMaskLaneOutOfRangeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define <4 x i32> @f(<4 x i32> %a, <4 x i32> %b) {
                entry:
                  %s = shufflevector <4 x i32> %a, <4 x i32> %b, <4 x i32> <i32 0, i32 8, i32 1, i32 poison>
                  ret <4 x i32> %s
                }
                """);
        Function f = t.function("define", "f", V4I32, List.of(V4I32, V4I32), "a", "b");
        BasicBlock entry = t.block(f, "entry");
        var s = t.put(entry, "%s = shufflevector",
                new ShuffleVectorInstruction(f.argument(0), f.argument(1), new int[] {0, 8, 1, -1}));
        t.put(entry, "ret <4 x i32> %s", new ReturnInstruction(s));
        assertRejected(t, "invalid shufflevector mask element 8 for two inputs of 4 lanes", 3, 3);
    }
}
