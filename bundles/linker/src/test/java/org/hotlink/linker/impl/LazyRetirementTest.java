package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.ModuleReplacement;
import org.hotlink.linker.RetiredMemory;
import org.junit.jupiter.api.Test;

/** Test that materialized code belongs to its module version: retired, pinned and released with the version's code. */
class LazyRetirementTest extends LinkerFixture {
    private static TestObjectBuilder module() {
        return new TestObjectBuilder("m").function("g", GLOBAL, MachineCode.returnConstant(2)).lazy("f", GLOBAL);
    }

    /** Adds m with compiled g and lazy f, materializes f; returns f's body. */
    private long addAndMaterialize() throws Exception {
        LinkedObject m = layer.add(module().build());
        layer.materialize(new LazyFunction("m", m.version(), "f"),
                new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        return bodyOf("f");
    }

    private static boolean retiresBody(List<RetiredMemory> retired, String name, long body) {
        return retired.stream().anyMatch(r -> r.code().contains(new CodeRange(name, body, 6)));
    }

    @Test
    void redefinitionRetiresTheMaterializedCodeWithTheVersionsCode() throws Exception {
        long fBody = addAndMaterialize();
        long gBody = bodyOf("g");
        LinkUpdate update = layer.update(List.of(ModuleReplacement.of(module().build())));
        assertEquals(2, update.retired().size(), "the version's code and f's materialized code: " + update.retired());
        assertTrue(retiresBody(update.retired(), "f", fBody), "f's materialized body is retired with its range");
        assertTrue(retiresBody(update.retired(), "g", gBody), "g's body is retired");
        assertTrue(layer.lazyFunction(address("f")).isPresent(), "the new version's f is lazy again");
    }

    @Test
    void removalRetiresTheMaterializedCode() throws Exception {
        long fBody = addAndMaterialize();
        LinkUpdate removal = layer.update(List.of(ModuleReplacement.removal("m")));
        assertTrue(retiresBody(removal.retired(), "f", fBody), "removal retires f's materialized body: " + removal.retired());
    }

    @Test
    void aFreshFunctionPinsTheMaterializedCodeUntilTheModuleIsRemoved() throws Exception {
        long fBody = addAndMaterialize();
        LinkUpdate fresh = layer.update(List.of(new ModuleReplacement("m", module().build(), Set.of(), Set.of("g"))));
        assertTrue(fresh.retired().isEmpty(), "the old version's code, materialized code included, stays: " + fresh.retired());
        LinkUpdate removal = layer.update(List.of(ModuleReplacement.removal("m")));
        assertTrue(retiresBody(removal.retired(), "f", fBody), "removal retires the pinned materialized code too");
    }

    @Test
    void closeReleasesMaterializedCode() throws Exception {
        addAndMaterialize();
        layer.close();
        assertEquals(0L, arena.statistics().live(), "after close no byte of the layer is live");
    }
}
