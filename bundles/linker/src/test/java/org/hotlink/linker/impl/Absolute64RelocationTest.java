package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.hotlink.codegen.SymbolBinding.WEAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.junit.jupiter.api.Test;

/** X86_64_64: absolute addresses in data initializers. */
class Absolute64RelocationTest extends LinkerFixture {
    private static Relocation absolute(String symbol, long addend) {
        return Relocation.toSymbol(0, RelocationType.X86_64_64, symbol, addend);
    }

    @Test
    void dataHoldingAFunctionAddressEqualsItsStub() throws Exception {
        layer.add(new TestObjectBuilder("table")
                .function("f", GLOBAL, MachineCode.returnConstant(3))
                .data("pointer_to_f", GLOBAL, SectionKind.READ_ONLY_DATA, new byte[8], absolute("f", 0)).build());
        assertEquals(address("f"), new Pointer(address("pointer_to_f")).getLong(0), "the initializer holds f's stub address");
    }

    @Test
    void functionPointerToALaterDefinitionIsTheStubAtOnce() throws Exception {
        layer.add(new TestObjectBuilder("table")
                .data("pointer_to_g", GLOBAL, SectionKind.READ_ONLY_DATA, new byte[8], absolute("g", 0))
                .undefined("g", SymbolKind.FUNCTION, false).build());
        layer.add(new TestObjectBuilder("g").function("g", GLOBAL, MachineCode.returnConstant(4)).build());
        assertEquals(address("g"), new Pointer(address("pointer_to_g")).getLong(0), "the stub address was known before g existed");
    }

    @Test
    void dataAddressDefinedLaterIsPatchedWhenItArrives() throws Exception {
        layer.add(new TestObjectBuilder("table")
                .data("pointer_to_x", GLOBAL, SectionKind.READ_ONLY_DATA, new byte[8], absolute("x", 4))
                .undefined("x", SymbolKind.DATA, false).build());
        assertEquals(4L, new Pointer(address("pointer_to_x")).getLong(0), "0 + A while x is undefined");
        layer.add(new TestObjectBuilder("x").data("x", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8]).build());
        assertEquals(address("x") + 4, new Pointer(address("pointer_to_x")).getLong(0), "S + A once x is defined");
    }

    @Test
    void undefinedWeakFunctionAddressIsNull() throws Exception {
        layer.add(new TestObjectBuilder("weak")
                .data("pointer_to_hook", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8], absolute("hook", 0))
                .undefined("hook", SymbolKind.FUNCTION, true).build());
        layer.bindExternals();
        assertEquals(0L, new Pointer(address("pointer_to_hook")).getLong(0), "an extern_weak function nobody defines is null");
        assertTrue(layer.lookup("hook").isEmpty(), "hook is not defined");
        layer.add(new TestObjectBuilder("hook").function("hook", GLOBAL, MachineCode.returnConstant(1)).build());
        assertEquals(address("hook"), new Pointer(address("pointer_to_hook")).getLong(0), "a later definition fills the pointer with the stub");
    }

    @Test
    void pointerToAWeakDefinitionFollowsTheStrongOneLoadedLater() throws Exception {
        layer.add(new TestObjectBuilder("weak_default")
                .data("setting", WEAK, SectionKind.WRITABLE_DATA, new byte[8])
                .data("pointer_to_setting", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8], absolute("setting", 4))
                .data("const_pointer_to_setting", GLOBAL, SectionKind.READ_ONLY_DATA, new byte[8], absolute("setting", 0))
                .build());
        long weak = address("setting");
        assertEquals(weak + 4, new Pointer(address("pointer_to_setting")).getLong(0), "S + A of the weak definition at first");
        layer.add(new TestObjectBuilder("strong").data("setting", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8]).build());
        long strong = address("setting");
        assertTrue(strong != weak, "the strong definition replaced the weak one");
        assertEquals(strong + 4, new Pointer(address("pointer_to_setting")).getLong(0),
                "a pointer in writable data follows the strong definition");
        assertEquals(strong, new Pointer(address("const_pointer_to_setting")).getLong(0),
                "a pointer in read-only data follows the strong definition too");
    }

    @Test
    void sectionRelativeTargetIsTheSectionStart() throws Exception {
        layer.add(new TestObjectBuilder("m")
                .data("first", GLOBAL, SectionKind.READ_ONLY_DATA, new byte[16])
                .data("pointer_into_first", GLOBAL, SectionKind.READ_ONLY_DATA, new byte[8],
                        Relocation.toSection(0, RelocationType.X86_64_64, 0, 8)).build());
        assertEquals(address("first") + 8, new Pointer(address("pointer_into_first")).getLong(0), "section start + A");
    }

    @Test
    void pointerInWritableDataFollowsACompiledDefinitionThatReplacesAnExternal() throws Exception {
        externals.define("ext_data", 0x10_0000L);
        layer.add(new TestObjectBuilder("user")
                .function("slot_of_ext", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("ext_data"))
                .undefined("ext_data", SymbolKind.DATA, false).build());
        layer.bindExternals();
        layer.add(new TestObjectBuilder("table")
                .data("pointer_to_ext", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8], absolute("ext_data", 0))
                .undefined("ext_data", SymbolKind.DATA, false).build());
        assertEquals(0x10_0000L, new Pointer(address("pointer_to_ext")).getLong(0), "the pointer holds the external address");
        layer.add(new TestObjectBuilder("owner").data("ext_data", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8]).build());
        assertEquals(address("ext_data"), new Pointer(address("pointer_to_ext")).getLong(0), "the compiled definition replaces it");
        assertEquals(address("ext_data"), callLong("slot_of_ext"), "the GOT slot follows too");
    }
}
