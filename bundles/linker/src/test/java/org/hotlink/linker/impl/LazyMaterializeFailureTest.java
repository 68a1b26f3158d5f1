package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.hotlink.codegen.SymbolBinding.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.Relocation;
import org.hotlink.codegen.RelocationType;
import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.ModuleReplacement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Test that a materialization that cannot or must not happen changes nothing: no memory, no name, no slot. */
class LazyMaterializeFailureTest extends LinkerFixture {
    private LazyFunction f;
    private long stub;
    private long lazyLanding;

    @BeforeEach
    void addLazyModule() throws Exception {
        long version = layer.add(new TestObjectBuilder("m").lazy("f", GLOBAL).build()).version();
        f = new LazyFunction("m", version, "f");
        stub = address("f");
        lazyLanding = slotTargetOf(stub);
    }

    private void assertNothingChanged(long liveBefore, List<String> undefinedBefore) {
        assertEquals(liveBefore, arena.statistics().live(), "no memory stays allocated");
        assertEquals(undefinedBefore, layer.undefinedSymbols(), "no name was added");
        assertEquals(lazyLanding, slotTargetOf(stub), "f's slot still leads to its lazy landing");
        assertEquals(Optional.of(f), layer.lazyFunction(stub), "f is still lazy");
    }

    @Test
    void anUnresolvableReferenceFailsAndGivesBackWhatItTook() throws Exception {
        // int3 padding, never run: a call to a name new to the table, then a direct load of data nobody defines.
        byte[] code = new byte[16];
        java.util.Arrays.fill(code, (byte) 0xcc);
        RelocatableObject object = new TestObjectBuilder("m").function("f", GLOBAL, code,
                        Relocation.toSymbol(1, RelocationType.X86_64_PLT32, "hotlink_test_brand_new", -4),
                        Relocation.toSymbol(8, RelocationType.X86_64_PC32, "hotlink_test_no_data", -4))
                .undefined("hotlink_test_brand_new", SymbolKind.FUNCTION, false)
                .undefined("hotlink_test_no_data", SymbolKind.DATA, false).build();
        long live = arena.statistics().live();
        List<String> undefined = layer.undefinedSymbols();
        LinkException error = assertThrows(LinkException.class, () -> layer.materialize(f, object));
        assertTrue(error.getMessage().contains("hotlink_test_no_data"), "the message names the data: " + error.getMessage());
        assertNothingChanged(live, undefined);
        assertTrue(layer.lookup("hotlink_test_brand_new").isEmpty(), "the new name was not published");
        assertTrue(layer.materialize(f, new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(4)).build())
                .isPresent(), "a later materialization succeeds");
        assertEquals(4, callInt("f"), "and publishes its code");
    }

    @Test
    void codeThatDefinesAnythingButTheFunctionAndPrivateDataIsRefused() throws Exception {
        long live = arena.statistics().live();
        List<String> undefined = layer.undefinedSymbols();
        List<RelocatableObject> wrong = List.of(
                new TestObjectBuilder("m").function("g", GLOBAL, MachineCode.returnConstant(1)).build(),
                new TestObjectBuilder("m").data("f", GLOBAL, SectionKind.READ_ONLY_DATA, new byte[4]).build(),
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1))
                        .function("extra", GLOBAL, MachineCode.returnConstant(2)).build(),
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1))
                        .function("private_helper", LOCAL, MachineCode.returnConstant(2)).build(),
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1))
                        .data("state", LOCAL, SectionKind.WRITABLE_DATA, new byte[4]).build(),
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).lazy("g", GLOBAL).build(),
                new TestObjectBuilder("other").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        for (RelocatableObject object : wrong) {
            assertThrows(LinkException.class, () -> layer.materialize(f, object), "refused: " + object.symbols());
            assertNothingChanged(live, undefined);
        }
        assertTrue(layer.lookup("extra").isEmpty(), "nothing of a refused object is published");
    }

    @Test
    void aStaleVersionPlacesNothing() throws Exception {
        long newVersion = layer.update(List.of(ModuleReplacement.of(new TestObjectBuilder("m").lazy("f", GLOBAL).build())))
                .linked().get(0).version();
        long live = arena.statistics().live();
        assertEquals(Optional.empty(), layer.materialize(f,
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build()),
                "the replaced version's function is not materialized");
        assertEquals(live, arena.statistics().live(), "nothing was placed");
        assertEquals(Optional.of(new LazyFunction("m", newVersion, "f")), layer.lazyFunction(stub),
                "the stub is lazy under the new version");
        layer.update(List.of(ModuleReplacement.removal("m")));
        assertEquals(Optional.empty(), layer.materialize(new LazyFunction("m", newVersion, "f"),
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build()),
                "a removed module's function is not materialized");
        assertEquals(Optional.empty(), layer.lazyFunction(stub), "a removed module's stub is not lazy");
    }
}
