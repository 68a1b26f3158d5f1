package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.hotlink.codegen.SymbolBinding.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.ModuleReplacement;
import org.junit.jupiter.api.Test;

/**
 * Test that the code of a lazy function, compiled alone with every name it uses undefined,
 * resolves in its module's scope: the version's locals first, then global names, new global
 * names bound to externals at once, and the module's new references recorded.
 */
class LazyScopeTest extends LinkerFixture {
    static byte[] int32(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    @Test
    void referencesResolveToTheModulesLocalDataAndLocalFunctions() throws Exception {
        layer.add(new TestObjectBuilder("other").data("value", GLOBAL, SectionKind.READ_ONLY_DATA, int32(99)).build());
        LinkedObject m = layer.add(new TestObjectBuilder("m")
                .data("value", LOCAL, SectionKind.READ_ONLY_DATA, int32(7))
                .function("helper", LOCAL, MachineCode.returnConstant(10))
                .lazy("read_value", GLOBAL).lazy("call_helper", GLOBAL).build());
        layer.materialize(new LazyFunction("m", m.version(), "read_value"), new TestObjectBuilder("m")
                .function("read_value", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative("value"))
                .undefined("value", SymbolKind.DATA, false).build());
        layer.materialize(new LazyFunction("m", m.version(), "call_helper"), new TestObjectBuilder("m")
                .function("call_helper", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("helper"))
                .undefined("helper", SymbolKind.FUNCTION, false).build());
        assertEquals(7, callInt("read_value"), "@value is m's local (7), not other's global (99)");
        assertEquals(11, callInt("call_helper"), "@helper is m's local function (10 + 1)");
    }

    @Test
    void globalDataIsReachedThroughItsGotSlot() throws Exception {
        layer.add(new TestObjectBuilder("other").data("shared", GLOBAL, SectionKind.READ_ONLY_DATA, int32(31)).build());
        LinkedObject m = layer.add(new TestObjectBuilder("m").lazy("read_shared", GLOBAL).build());
        layer.materialize(new LazyFunction("m", m.version(), "read_shared"), new TestObjectBuilder("m")
                .function("read_shared", GLOBAL, MachineCode.LOAD_INT_THROUGH_GOT, MachineCode.loadThroughGot("shared"))
                .undefined("shared", SymbolKind.DATA, false).build());
        assertEquals(31, callInt("read_shared"), "the GOT slot taken for it holds the global's address");
    }

    @Test
    void aGlobalNameNewToTheTableIsBoundToItsExternalAtOnce() throws Exception {
        LinkedObject m = layer.add(new TestObjectBuilder("m").lazy("my_abs", GLOBAL).build());
        assertTrue(layer.lookup("abs").isEmpty(), "abs is not in the table yet");
        layer.materialize(new LazyFunction("m", m.version(), "my_abs"), new TestObjectBuilder("m")
                .function("my_abs", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("abs"))
                .undefined("abs", SymbolKind.FUNCTION, false).build());
        assertTrue(layer.lookup("abs").isPresent(), "abs is bound without bindExternals");
        assertEquals(3L, callLong("my_abs", -3) & 0xffffffffL, "the code calls libc's abs");
        assertEquals(List.of(), layer.undefinedSymbols(), "nothing is undefined");
    }

    @Test
    void aNewReferenceThatNothingDefinesIsUndefinedUntilTheModuleGoes() throws Exception {
        installNameReturningHandler();
        LinkedObject m = layer.add(new TestObjectBuilder("m").lazy("call_nowhere", GLOBAL).build());
        layer.materialize(new LazyFunction("m", m.version(), "call_nowhere"), new TestObjectBuilder("m")
                .function("call_nowhere", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("hotlink_test_nowhere"))
                .undefined("hotlink_test_nowhere", SymbolKind.FUNCTION, false).build());
        assertEquals(List.of("hotlink_test_nowhere"), layer.undefinedSymbols(), "m's new reference is undefined");
        assertEquals("hotlink_test_nowhere", stringAt(callLong("call_nowhere")), "the call reaches the undefined landing");
        layer.update(List.of(ModuleReplacement.of(new TestObjectBuilder("m").lazy("call_nowhere", GLOBAL).build())));
        assertEquals(List.of(), layer.undefinedSymbols(), "the new version took m's reference out");
    }

    @Test
    void aPrivateConstantTableIsPlacedWithTheCode() throws Exception {
        LinkedObject m = layer.add(new TestObjectBuilder("m").lazy("read_table", GLOBAL).build());
        LinkedObject placed = layer.materialize(new LazyFunction("m", m.version(), "read_table"), new TestObjectBuilder("m")
                .function("read_table", GLOBAL, MachineCode.LOAD_INT_PC_RELATIVE, MachineCode.loadPcRelative(".Ltable"))
                .data(".Ltable", LOCAL, SectionKind.READ_ONLY_DATA, int32(123)).build()).orElseThrow();
        assertEquals(123, callInt("read_table"), "the code reads its own table");
        assertEquals(1, placed.functionBodies().size(), "one function body: " + placed.functionBodies());
        assertTrue(layer.lookup(".Ltable").isEmpty(), "the private table is no global name");
    }
}
