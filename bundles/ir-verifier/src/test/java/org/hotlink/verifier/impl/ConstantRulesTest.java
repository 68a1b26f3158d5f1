package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.ir.IntegerType.I64;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;

import java.util.List;
import java.util.Set;

import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.StructType;
import org.junit.jupiter.api.Test;

/** Constants inside initializers and operands: aggregate element types and constant-expression casts. */
class ConstantRulesTest {

    @Test
    void structInitializerWithAFieldOfTheWrongTypeIsRejected() throws Exception {
        TestModule t = new TestModule("""
                @pair = global { i32, i64 } { i32 1, i32 2 }
                """);
        StructType pair = new StructType(List.of(I32, I64), false);
        GlobalVariable global = new GlobalVariable("pair", pair, 0);
        global.setInitializer(new ConstantStruct(pair, List.of(ConstantInt.of(I32, 1), ConstantInt.of(I32, 2))));
        global.setLocation(t.locate("@pair"));
        t.module.addGlobal(global);
        assertRejected(t, "invalid initializer: struct constant field 1 '2' has type i32 but the operand must be i64", 1, 1);
    }

    @Test
    void invalidCastExpressionInAnOperandIsRejected() throws Exception {
        TestModule t = new TestModule("""
                define i64 @f() {
                entry:
                  %x = add i64 ptrtoint (i32 5 to i64), 1
                  ret i64 %x
                }
                """);
        Function f = t.function("define", "f", I64, List.of());
        BasicBlock entry = t.block(f, "entry");
        ConstantExpression cast = new ConstantExpression(Opcode.PTRTOINT, I64, List.of(ConstantInt.of(I32, 5)), Set.of(),
                null, null);
        var x = t.put(entry, "%x = add", new BinaryInstruction(Opcode.ADD, cast, ConstantInt.of(I64, 1)));
        t.put(entry, "ret i64 %x", new ReturnInstruction(x));
        assertRejected(t, "invalid constant operand: invalid cast expression: ptrtoint from i32 to i64 (needs pointer to integer)",
                3, 3);
    }
}
