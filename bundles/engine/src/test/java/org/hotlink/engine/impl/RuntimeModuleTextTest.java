package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.backend.x86.X86Backend;
import org.hotlink.ir.Function;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.Module;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.verifier.impl.ModuleVerifier;
import org.junit.jupiter.api.Test;

/** The IR the engine writes itself parses, verifies and compiles, with the entry points it promises. */
class RuntimeModuleTextTest {
    private final X86Backend backend = new X86Backend();

    private Module accepted(String name, String text) throws Exception {
        Module module = new TextIrParser().parse(name + ".ll", text);
        new ModuleVerifier().verify(module);
        backend.compile(module, org.hotlink.codegen.CompileOptions.ALL);
        return module;
    }

    private String triple() {
        return backend.target() + "-unknown-linux-gnu";
    }

    @Test
    void undefinedFunctionHandlerTakesTheNameAndNeverReturns() throws Exception {
        Module module = accepted("undefined", UndefinedFunctionModule.text(triple(), backend.dataLayout()));
        Function handler = module.function(UndefinedFunctionModule.HANDLER);
        assertNotNull(handler, "the handler is defined");
        assertEquals(1, handler.functionType().parameterCount(), "it takes the missing function's name");
        assertNotNull(module.function("abort"), "it aborts");
    }

    @Test
    void programThunkCallsTheEntryWithArgcAndArgvOrWithout() throws Exception {
        Module withArguments = accepted("thunk2", ProgramThunkModule.text(triple(), backend.dataLayout(),
                "__hotlink_program_thunk_0", "@main", true));
        assertEquals(List.of(IntegerType.I32, PointerType.PTR),
                withArguments.function("main").functionType().parameterTypes(), "the entry is declared i32 (i32, ptr)");
        Module without = accepted("thunk0", ProgramThunkModule.text(triple(), backend.dataLayout(),
                "__hotlink_program_thunk_1", "@\"odd entry\"", false));
        assertEquals(0, without.function("odd entry").functionType().parameterCount(),
                "a quoted entry name is declared i32 ()");
        assertNotNull(without.function("__hotlink_program_thunk_1"), "the thunk has the name given");
    }

    @Test
    void faultHandlerReadsOneTablePointer() throws Exception {
        Module module = accepted("fault", FaultHandlerModule.text(triple(), backend.dataLayout(),
                backend.signalContextPcOffset()));
        assertNotNull(module.global(FaultHandlerModule.FUNCTION_TABLE), "the table pointer is a global");
        assertTrue(module.global("__hotlink_fault_function_count") == null,
                "no separate count that could disagree with the table");
    }
}
