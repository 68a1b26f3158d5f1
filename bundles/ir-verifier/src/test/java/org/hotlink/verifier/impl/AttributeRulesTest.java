package org.hotlink.verifier.impl;

import static org.hotlink.ir.IntegerType.I32;
import static org.hotlink.ir.PointerType.PTR;
import static org.hotlink.verifier.impl.RejectionAssertions.assertRejected;

import java.util.List;
import java.util.Map;

import org.hotlink.ir.Argument;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CallingConvention;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.TailKind;
import org.hotlink.ir.VoidType;
import org.junit.jupiter.api.Test;

/** ABI attributes on parameters and call arguments must fit the type they are attached to. */
class AttributeRulesTest {

    @Test
    void zeroextOnAPointerParameterIsRejected() throws Exception {
        TestModule t = new TestModule("""
                declare void @f(ptr zeroext)
                """);
        Function f = new Function("f", new FunctionType(VoidType.VOID, List.of(PTR), false), 0);
        f.addArgument(new Argument(PTR, "0", 0, f, AttributeSet.of(Map.of("zeroext", Boolean.TRUE))));
        f.setLocation(t.locate("declare"));
        t.module.addFunction(f);
        assertRejected(t, "attribute 'zeroext' applied to incompatible type ptr (argument 0)", 1, 1);
    }

    @Test
    void byvalOnAnIntegerParameterIsRejected() throws Exception {
        TestModule t = new TestModule("""
                declare void @f(i32 byval(i32))
                """);
        Function f = new Function("f", new FunctionType(VoidType.VOID, List.of(I32), false), 0);
        f.addArgument(new Argument(I32, "0", 0, f, AttributeSet.of(Map.of("byval", I32))));
        f.setLocation(t.locate("declare"));
        t.module.addFunction(f);
        assertRejected(t, "attribute 'byval(i32)' applied to incompatible type i32 (argument 0)", 1, 1);
    }

    @Test
    void signextOnAPointerCallArgumentIsRejected() throws Exception {
        TestModule t = new TestModule("""
                declare void @g(ptr)
                define void @f(ptr %p) {
                entry:
                  call void @g(ptr signext %p)
                  ret void
                }
                """);
        FunctionType gType = new FunctionType(VoidType.VOID, List.of(PTR), false);
        Function g = t.function("declare", "g", VoidType.VOID, List.of(PTR), "0");
        Function f = t.function("define", "f", VoidType.VOID, List.of(PTR), "p");
        BasicBlock entry = t.block(f, "entry");
        t.put(entry, "call", new CallInstruction(gType, g, List.of(f.argument(0)),
                List.of(AttributeSet.of(Map.of("signext", Boolean.TRUE))), AttributeSet.EMPTY, AttributeSet.EMPTY,
                CallingConvention.C, TailKind.NONE));
        t.put(entry, "ret void", new ReturnInstruction(null));
        assertRejected(t, "attribute 'signext' applied to incompatible type ptr (call argument 1)", 4, 3);
    }
}
