package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.hotlink.codegen.SymbolBinding.LOCAL;
import static org.hotlink.codegen.SymbolBinding.WEAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.codegen.SectionKind;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.LinkedObject;
import org.hotlink.memory.MemoryStatistics;
import org.junit.jupiter.api.Test;

/** How definitions combine: strong duplicates, weak against strong, local names, kind clashes. */
class SymbolPrecedenceTest extends LinkerFixture {
    @Test
    void duplicateStrongDefinitionIsRefusedAndNothingIsPublished() throws Exception {
        layer.add(new TestObjectBuilder("first").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        MemoryStatistics before = arena.statistics();
        DuplicateSymbolException error = assertThrows(DuplicateSymbolException.class, () -> layer.add(new TestObjectBuilder("second")
                .function("g", GLOBAL, MachineCode.returnConstant(2))
                .function("f", GLOBAL, MachineCode.returnConstant(3)).build()), "a second strong f is refused");
        assertTrue(error.getMessage().contains("'f'") && error.getMessage().contains("'first'") && error.getMessage().contains("'second'"),
                "message names the symbol and both modules: " + error.getMessage());
        assertTrue(layer.lookup("g").isEmpty(), "g of the refused module is not published");
        assertEquals(1, callInt("f"), "f still runs the first definition");
        assertEquals(before.live(), arena.statistics().live(), "no memory of the refused module stays live");
    }

    @Test
    void strongDefinitionReplacesAnEarlierWeakOne() throws Exception {
        layer.add(new TestObjectBuilder("weak").function("f", WEAK, MachineCode.returnConstant(1)).build());
        long stub = address("f");
        assertEquals(1, callInt("f"), "the weak definition runs while it is the only one");
        layer.add(new TestObjectBuilder("strong").function("f", GLOBAL, MachineCode.returnConstant(2)).build());
        assertEquals(2, callInt("f"), "the strong definition replaces the weak one");
        assertEquals(stub, address("f"), "f keeps its address");
        LinkedObject later = layer.add(new TestObjectBuilder("weak2").function("f", WEAK, MachineCode.returnConstant(3)).build());
        assertEquals(2, callInt("f"), "a later weak definition yields to the strong one");
        assertFalse(later.definitions().containsKey("f"), "the yielding weak definition is not listed as the object's");
    }

    @Test
    void firstWeakDefinitionWinsAmongWeakOnes() throws Exception {
        layer.add(new TestObjectBuilder("w1").function("f", WEAK, MachineCode.returnConstant(1)).build());
        layer.add(new TestObjectBuilder("w2").function("f", WEAK, MachineCode.returnConstant(2)).build());
        assertEquals(1, callInt("f"), "the first weak definition stays");
    }

    @Test
    void localSymbolsOfTheSameNameStayInTheirObjects() throws Exception {
        layer.add(new TestObjectBuilder("one")
                .function("helper", LOCAL, MachineCode.returnConstant(10))
                .function("one", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("helper")).build());
        layer.add(new TestObjectBuilder("two")
                .function("helper", LOCAL, MachineCode.returnConstant(20))
                .function("two", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("helper")).build());
        assertEquals(11, callInt("one"), "one calls its own helper");
        assertEquals(21, callInt("two"), "two calls its own helper");
        assertTrue(layer.lookup("helper").isEmpty(), "local names are not in the global table");
    }

    @Test
    void functionAndDataOfOneNameClash() throws Exception {
        layer.add(new TestObjectBuilder("fn").function("x", GLOBAL, MachineCode.returnConstant(1)).build());
        LinkException error = assertThrows(LinkException.class, () -> layer.add(new TestObjectBuilder("data")
                .data("y", GLOBAL, SectionKind.WRITABLE_DATA, new byte[8])
                .undefined("x", SymbolKind.DATA, false).build()), "x cannot be a function and data");
        assertTrue(error.getMessage().contains("'x'"), "message names the symbol: " + error.getMessage());
        assertTrue(layer.lookup("y").isEmpty(), "nothing of the refused object is published");
    }

    @Test
    void relocationAgainstAnUnknownSymbolIsRefused() {
        LinkException error = assertThrows(LinkException.class, () -> layer.add(new TestObjectBuilder("bad")
                .function("calls_ghost", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("ghost")).build()),
                "a relocation naming a symbol missing from the object's table is a malformed object");
        assertTrue(error.getMessage().contains("'ghost'"), "message names the symbol: " + error.getMessage());
        assertTrue(layer.lookup("calls_ghost").isEmpty(), "the refused object's function is not published");
    }
}
