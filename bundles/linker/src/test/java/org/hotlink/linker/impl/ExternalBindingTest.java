package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.util.List;
import org.hotlink.codegen.SymbolKind;
import org.junit.jupiter.api.Test;

/** Binding names no compiled code defines to the external symbols: libc, Java definitions. */
class ExternalBindingTest extends LinkerFixture {
    @Test
    void callsLibcStrlenAndPutsAfterBindExternals() throws Exception {
        layer.add(new TestObjectBuilder("libc_user")
                .function("my_strlen", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("strlen"))
                .function("my_puts", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("puts"))
                .undefined("strlen", SymbolKind.FUNCTION, false)
                .undefined("puts", SymbolKind.FUNCTION, false).build());
        assertTrue(layer.lookup("strlen").isEmpty(), "strlen is not bound before bindExternals");
        layer.bindExternals();
        assertEquals(5L, callLong("my_strlen", "hello"), "compiled code calls libc's strlen");
        int written = Function.getFunction(new Pointer(address("my_puts"))).invokeInt(new Object[] {"hotlink linker test: puts through a stub"});
        assertTrue(written >= 0, "puts succeeds, returned " + written);
        assertEquals(5L, callLong("strlen", "hello"), "lookup gives strlen's stub, which reaches libc");
    }

    @Test
    void laterCompiledDefinitionOverridesAnExternalBinding() throws Exception {
        layer.add(new TestObjectBuilder("user")
                .function("call_abs", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("abs"))
                .undefined("abs", SymbolKind.FUNCTION, false).build());
        layer.bindExternals();
        assertEquals(3L, callLong("call_abs", -3) & 0xffffffffL, "abs(-3) from libc is 3");
        layer.add(new TestObjectBuilder("my_abs").function("abs", GLOBAL, MachineCode.returnConstant(77)).build());
        assertEquals(77L, callLong("call_abs", -3) & 0xffffffffL, "the compiled abs replaces libc's");
    }

    @Test
    void javaDefinedSymbolIsBound() throws Exception {
        layer.add(new TestObjectBuilder("provider").function("provided", GLOBAL, MachineCode.returnConstant(55)).build());
        externals.define("from_java", bodyOf("provided"));
        layer.add(new TestObjectBuilder("user")
                .function("call_java", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("from_java"))
                .undefined("from_java", SymbolKind.FUNCTION, false).build());
        layer.bindExternals();
        assertEquals(55, callInt("call_java"), "the call reaches the address Java defined");
    }

    @Test
    void undefinedSymbolsListsExactlyTheMissingStrongReferences() throws Exception {
        layer.add(new TestObjectBuilder("m")
                .function("uses_all", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("missing_function"))
                .function("reads_missing", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("missing_data"))
                .function("reads_weak", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("weak_missing"))
                .function("calls_puts", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("puts"))
                .function("calls_later", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("defined_later"))
                .undefined("missing_function", SymbolKind.FUNCTION, false)
                .undefined("missing_data", SymbolKind.DATA, false)
                .undefined("weak_missing", SymbolKind.DATA, true)
                .undefined("puts", SymbolKind.FUNCTION, false)
                .undefined("defined_later", SymbolKind.FUNCTION, false).build());
        assertEquals(List.of("defined_later", "missing_data", "missing_function"), layer.undefinedSymbols(),
                "strong references nothing defines, sorted; puts exists in libc, the weak one may stay null");
        layer.add(new TestObjectBuilder("later").function("defined_later", GLOBAL, MachineCode.returnConstant(1)).build());
        layer.bindExternals();
        assertEquals(List.of("missing_data", "missing_function"), layer.undefinedSymbols(), "a definition removes a name");
    }
}
