package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotlink.codegen.SymbolKind;
import org.hotlink.linker.LinkedObject;
import org.junit.jupiter.api.Test;

/** X86_64_PLT32: calls go to the callee's entry stub, in any load order. */
class Plt32RelocationTest extends LinkerFixture {
    @Test
    void functionReturningAConstantRunsThroughItsStub() throws Exception {
        LinkedObject linked = layer.add(new TestObjectBuilder("answer").function("answer", GLOBAL, MachineCode.returnConstant(42)).build());
        assertEquals(address("answer"), linked.definitions().get("answer"), "the object's definition is the stub address");
        assertEquals(6, linked.codeBytes(), "six bytes of code were placed");
        assertEquals(42, callInt("answer"), "the function returns 42 through its stub");
    }

    @Test
    void callerAddedBeforeCalleeWorksOnceCalleeArrives() throws Exception {
        layer.add(new TestObjectBuilder("handler").function("undefined_handler", GLOBAL, MachineCode.returnConstant(-1)).build());
        layer.setUndefinedFunctionHandler(bodyOf("undefined_handler"));
        layer.add(new TestObjectBuilder("a")
                .function("a", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("b"))
                .undefined("b", SymbolKind.FUNCTION, false).build());
        assertEquals(0, callInt("a"), "before b exists, a's call reaches the undefined-function target (-1) and adds 1");
        layer.add(new TestObjectBuilder("b").function("b", GLOBAL, MachineCode.returnConstant(7)).build());
        assertEquals(8, callInt("a"), "once b is added, a calls b (7) and adds 1");
    }

    @Test
    void calleeAddedBeforeCallerWorks() throws Exception {
        layer.add(new TestObjectBuilder("b").function("b", GLOBAL, MachineCode.returnConstant(7)).build());
        layer.add(new TestObjectBuilder("a")
                .function("a", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("b"))
                .undefined("b", SymbolKind.FUNCTION, false).build());
        assertEquals(8, callInt("a"), "a calls b (7) and adds 1");
    }

    @Test
    void patchedCallFieldHoldsStubMinusNextInstruction() throws Exception {
        layer.add(new TestObjectBuilder("ab")
                .function("b", GLOBAL, MachineCode.returnConstant(7))
                .function("a", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("b")).build());
        long field = bodyOf("a") + MachineCode.CALL_FIELD;
        assertEquals(address("b") - (field + 4), int32At(field), "rel32 = stub(b) + (-4) - P");
        assertEquals(8, callInt("a"), "a calls b within one object");
    }
}
