package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotlink.codegen.SymbolKind;
import org.junit.jupiter.api.Test;

/**
 * Test that calls of undefined functions run the stub's landing, which enters the handler by a
 * jump with the name pointer as first argument: the test handler returns that argument, and its
 * {@code ret} goes straight back to the caller (a call in the landing would return into it).
 */
class UndefinedLandingTest extends LinkerFixture {
    @Test
    void callOfAFunctionNeverDefinedPassesItsNameToTheHandler() throws Exception {
        installNameReturningHandler();
        layer.add(new TestObjectBuilder("user")
                .function("call_missing", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("missing_function"))
                .undefined("missing_function", SymbolKind.FUNCTION, false).build());
        assertEquals("missing_function", stringAt(callLong("call_missing")), "the handler received the name 'missing_function'");
    }

    @Test
    void eachUndefinedFunctionReportsItsOwnName() throws Exception {
        installNameReturningHandler();
        layer.add(new TestObjectBuilder("user")
                .function("call_first", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("first"))
                .function("call_second", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("second"))
                .undefined("first", SymbolKind.FUNCTION, false)
                .undefined("second", SymbolKind.FUNCTION, false).build());
        assertEquals("first", stringAt(callLong("call_first")), "first's landing passes 'first'");
        assertEquals("second", stringAt(callLong("call_second")), "second's landing passes 'second'");
    }

    @Test
    void handlerSetLaterReachesStubsOfEveryBlock() throws Exception {
        int perBlock = new EntryStubs(arena, new JumpThroughSlotStubWriter(), new NameStrings(arena)).stubsPerBlock();
        for (int i = 0; i < perBlock + 1; i++) {
            layer.add(new TestObjectBuilder("filler" + i).function("filler" + i, GLOBAL, MachineCode.returnConstant(i)).build());
        }
        layer.add(new TestObjectBuilder("user")
                .function("call_late", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("late"))
                .undefined("late", SymbolKind.FUNCTION, false).build());
        installNameReturningHandler();
        assertEquals("late", stringAt(callLong("call_late")), "a stub of the second block reaches a handler set afterwards");
    }

    @Test
    void handlerCanBeChanged() throws Exception {
        layer.add(new TestObjectBuilder("user")
                .function("call_missing", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("missing"))
                .undefined("missing", SymbolKind.FUNCTION, false)
                .function("minus_one", GLOBAL, MachineCode.returnConstant(-1)).build());
        layer.setUndefinedFunctionHandler(bodyOf("minus_one"));
        assertEquals(-1, (int) callLong("call_missing"), "the first handler runs");
        installNameReturningHandler();
        assertEquals("missing", stringAt(callLong("call_missing")), "the replaced handler runs");
    }
}
