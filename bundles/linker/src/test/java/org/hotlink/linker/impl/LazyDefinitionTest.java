package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.hotlink.codegen.SymbolBinding.LOCAL;
import static org.hotlink.codegen.SymbolBinding.WEAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.ModuleReplacement;
import org.junit.jupiter.api.Test;

/**
 * Test that a lazy definition leads its stub to the stub's lazy landing, that lazyFunction answers
 * exactly while a call would compile, and that materialize publishes the code by one slot store.
 */
class LazyDefinitionTest extends LinkerFixture {
    /** The stub address a lazy landing puts into r11 (lea r11, [rip + disp32] at its start). */
    static long stubLoadedBy(long lazyLanding) {
        assertEquals(0x1d8d4c, int32At(lazyLanding) & 0xffffff, "a lazy landing starts with lea r11, [rip+disp32]");
        return lazyLanding + 7 + int32At(lazyLanding + 3);
    }

    @Test
    void aLazyFunctionsStubLeadsToItsOwnLazyLanding() throws Exception {
        LinkedObject linked = layer.add(new TestObjectBuilder("m").lazy("f", GLOBAL).build());
        long stub = address("f");
        assertEquals(stub, linked.definitions().get("f"), "the module's definition of f is its stub");
        assertTrue(linked.functionBodies().isEmpty(), "a lazy function has no body yet: " + linked.functionBodies());
        assertEquals(stub, stubLoadedBy(slotTargetOf(stub)), "f's slot holds the lazy landing that passes f's stub");
        assertEquals(slotTargetOf(stub), layer.stubTarget(stub), "stubTarget is the slot's value");
        assertEquals("m", layer.definingModule("f"), "m defines f");
        assertEquals(List.of(), layer.undefinedSymbols(), "a lazy function is defined");
    }

    @Test
    void lazyFunctionAnswersUntilTheFunctionIsMaterialized() throws Exception {
        LinkedObject linked = layer.add(new TestObjectBuilder("m").lazy("f", GLOBAL).build());
        long stub = address("f");
        LazyFunction f = new LazyFunction("m", linked.version(), "f");
        assertEquals(Optional.of(f), layer.lazyFunction(stub), "the stub leads to m's lazy f");
        Optional<LinkedObject> placed = layer.materialize(f,
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(42)).build());
        assertTrue(placed.isPresent(), "f is materialized");
        assertEquals(Optional.empty(), layer.lazyFunction(stub), "a materialized function is no longer lazy");
        assertEquals(42, callInt("f"), "a call through the stub runs the placed code");
        assertEquals(stub, address("f"), "f keeps its stub");
        assertEquals(bodyOf("f"), layer.stubTarget(stub), "the slot leads to the placed code");
        assertEquals(linked.version(), placed.get().version(), "the code carries the module's version");
        assertEquals("m", placed.get().moduleName(), "the code is m's");
        assertEquals(java.util.Map.of("f", stub), placed.get().definitions(), "it defines f, at its stub");
        assertEquals(List.of(new CodeRange("f", bodyOf("f"), 6)), placed.get().functionBodies(), "its body is f's code");
        assertEquals(6, placed.get().codeBytes(), "six bytes of code");
        assertEquals(Optional.empty(), layer.materialize(f,
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(43)).build()),
                "materializing it again (another thread lost the race) places nothing");
        assertEquals(42, callInt("f"), "the first code stays");
    }

    @Test
    void lazyFunctionIsEmptyForStubsThatDoNotLeadToALazyDefinition() throws Exception {
        layer.add(new TestObjectBuilder("m").function("compiled", GLOBAL, MachineCode.returnConstant(1))
                .function("call_missing", GLOBAL, MachineCode.CALL_AND_RETURN, MachineCode.call("missing"))
                .undefined("missing", SymbolKind.FUNCTION, false).build());
        assertEquals(Optional.empty(), layer.lazyFunction(address("compiled")), "compiled code is not lazy");
        long missingStub = stubOfCallIn(bodyOf("call_missing"));
        assertEquals(Optional.empty(), layer.lazyFunction(missingStub), "an undefined function is not lazy");
        assertEquals(Optional.empty(), layer.lazyFunction(12345L), "an address that is no stub");
        assertThrows(IllegalArgumentException.class, () -> layer.stubTarget(12345L), "stubTarget refuses what is no stub");
    }

    /** The target of CALL_AND_RETURN's call rel32 in the body at {@code body}. */
    private static long stubOfCallIn(long body) {
        return body + MachineCode.CALL_FIELD + 4 + int32At(body + MachineCode.CALL_FIELD);
    }

    @Test
    void everyModuleVersionGetsItsOwnNumber() throws Exception {
        long first = layer.add(new TestObjectBuilder("a").lazy("f", GLOBAL).build()).version();
        long second = layer.add(new TestObjectBuilder("b").lazy("g", GLOBAL).build()).version();
        long third = layer.update(List.of(ModuleReplacement.of(new TestObjectBuilder("a").lazy("f", GLOBAL).build())))
                .linked().get(0).version();
        assertEquals(3, Set.of(first, second, third).size(), "versions " + first + ", " + second + ", " + third + " differ");
        assertEquals(Optional.of(new LazyFunction("a", third, "f")), layer.lazyFunction(address("f")),
                "the stub answers with the version in effect");
    }

    @Test
    void aStrongDefinitionOverridesAWeakLazyOne() throws Exception {
        long weakVersion = layer.add(new TestObjectBuilder("w").lazy("f", WEAK).build()).version();
        long stub = address("f");
        layer.add(new TestObjectBuilder("s").function("f", GLOBAL, MachineCode.returnConstant(5)).build());
        assertEquals(5, callInt("f"), "the strong definition is in effect");
        assertEquals(Optional.empty(), layer.lazyFunction(stub), "the weak lazy one is not");
        layer.update(List.of(ModuleReplacement.removal("s")));
        assertEquals(Optional.of(new LazyFunction("w", weakVersion, "f")), layer.lazyFunction(stub),
                "once the strong one leaves, the weak lazy definition takes over");
        assertEquals(stub, stubLoadedBy(slotTargetOf(stub)), "the slot is back at the lazy landing");
    }

    @Test
    void materializingAWeakLazyFunctionThatYieldedChangesNoSlot() throws Exception {
        long weakVersion = layer.add(new TestObjectBuilder("w").lazy("f", WEAK).build()).version();
        layer.add(new TestObjectBuilder("s").function("f", GLOBAL, MachineCode.returnConstant(5)).build());
        assertTrue(layer.materialize(new LazyFunction("w", weakVersion, "f"),
                new TestObjectBuilder("w").function("f", WEAK, MachineCode.returnConstant(6)).build()).isPresent(),
                "w's lazy candidate can still be materialized");
        assertEquals(5, callInt("f"), "the strong definition stays in effect");
        layer.update(List.of(ModuleReplacement.removal("s")));
        assertEquals(6, callInt("f"), "without it, w's materialized code is in effect");
    }

    @Test
    void aLazyLocalFunctionIsReachedThroughItsStubAndMaterializedByName() throws Exception {
        LinkedObject linked = layer.add(new TestObjectBuilder("m").lazy("helper", LOCAL)
                .function("entry", GLOBAL, MachineCode.CALL_THEN_ADD_ONE, MachineCode.call("helper")).build());
        long helperStub = linked.definitions().get("helper");
        assertEquals(helperStub, stubOfCallIn(bodyOf("entry")), "entry calls helper's stub");
        assertEquals(Optional.of(new LazyFunction("m", linked.version(), "helper")), layer.lazyFunction(helperStub),
                "the local helper is lazy");
        layer.materialize(new LazyFunction("m", linked.version(), "helper"),
                new TestObjectBuilder("m").function("helper", LOCAL, MachineCode.returnConstant(10)).build());
        assertEquals(11, callInt("entry"), "entry reaches the materialized helper (10 + 1)");
        assertTrue(layer.lookup("helper").isEmpty(), "the local is not a global name");
    }

    @Test
    void aFreshLazyFunctionLeadsItsNewStubToTheNewStubsLazyLanding() throws Exception {
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        long oldStub = address("f");
        long version = layer.update(List.of(new ModuleReplacement("m", new TestObjectBuilder("m").lazy("f", GLOBAL).build(),
                Set.of(), Set.of("f")))).linked().get(0).version();
        long newStub = address("f");
        assertNotEquals(oldStub, newStub, "a fresh function gets a new stub");
        assertEquals(newStub, stubLoadedBy(slotTargetOf(newStub)), "the new stub leads to its own lazy landing");
        assertEquals(Optional.of(new LazyFunction("m", version, "f")), layer.lazyFunction(newStub), "the new stub is lazy");
        assertEquals(Optional.empty(), layer.lazyFunction(oldStub), "the detached stub belongs to no name");
        assertEquals(1, callAt(oldStub), "the detached stub still reaches the old code");
    }

    @Test
    void aDetachedStubOfALazyFunctionLeadsToItsUndefinedLanding() throws Exception {
        installNameReturningHandler();
        layer.add(new TestObjectBuilder("m").lazy("f", GLOBAL).build());
        long oldStub = address("f");
        layer.update(List.of(new ModuleReplacement("m", new TestObjectBuilder("m").lazy("f", GLOBAL).build(),
                Set.of(), Set.of("f"))));
        assertNotEquals(oldStub, address("f"), "a fresh function gets a new stub");
        assertEquals("f", stringAt(callAt(oldStub)),
                "the old stub, with no code to lead to and no name to compile under, reports f as undefined");
    }
}
