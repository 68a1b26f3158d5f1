package org.hotlink.linker.impl;

import static org.hotlink.codegen.SymbolBinding.GLOBAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hotlink.codegen.SectionKind;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.ModuleReplacement;
import org.hotlink.linker.RetiredMemory;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.Segment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Test that updates report exactly the allocations that went out of use, with their code ranges, and never release them. */
class RetiredMemoryTest extends LinkerFixture {
    /** A module loaded first, so stub, GOT and name blocks exist before live bytes are compared. */
    @BeforeEach
    void loadUnrelatedModule() throws Exception {
        layer.add(new TestObjectBuilder("warm_up").function("unrelated", GLOBAL, MachineCode.returnConstant(0))
                .function("address_of_unrelated", GLOBAL, MachineCode.RETURN_GOT_SLOT, MachineCode.loadThroughGot("unrelated"))
                .build());
    }

    private static TestObjectBuilder moduleWithCodeAndData(int value) {
        return new TestObjectBuilder("m")
                .function("f", GLOBAL, MachineCode.returnConstant(value))
                .data("x", GLOBAL, SectionKind.WRITABLE_DATA, new byte[16]);
    }

    private static boolean inside(FinalizedAllocation memory, long address) {
        for (int i = 0; i < memory.segmentCount(); i++) {
            Segment segment = memory.segment(i);
            if (address >= segment.address() && address < segment.address() + segment.size()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void replacementRetiresTheOldCodeWithItsFunctionBodiesButNotItsData() throws Exception {
        layer.add(moduleWithCodeAndData(1).build());
        long oldBody = bodyOf("f");
        long oldData = address("x");
        long live = arena.statistics().live();
        LinkUpdate update = layer.update(List.of(ModuleReplacement.of(moduleWithCodeAndData(2).build())));
        assertEquals(1, update.retired().size(), "only the old code is retired: " + update.retired());
        RetiredMemory code = update.retired().get(0);
        assertEquals("m", code.moduleName(), "the retired memory is m's");
        assertEquals(List.of(new CodeRange("f", oldBody, 6)), code.code(), "the retired code range is the old f's body");
        assertTrue(inside(code.memory(), oldBody), "the retired allocation holds the old body");
        assertTrue(!inside(code.memory(), oldData), "the retired code allocation does not hold the data");
        assertTrue(arena.statistics().live() > live, "the layer did not release the retired code itself");
        long beforeRelease = arena.statistics().live();
        code.memory().release();
        // The arena counts bytes occupied (rounded up to its alignment), so at least the segment sizes are freed.
        assertTrue(arena.statistics().live() <= beforeRelease - code.bytes(),
                "releasing it frees at least its " + code.bytes() + " bytes, live went from " + beforeRelease + " to "
                        + arena.statistics().live());
    }

    @Test
    void removalRetiresCodeAndDataOfEveryVersion() throws Exception {
        long liveBefore = arena.statistics().live();
        layer.add(moduleWithCodeAndData(1).build());
        long firstData = address("x");
        LinkUpdate replacement = layer.update(List.of(ModuleReplacement.of(moduleWithCodeAndData(2).build())));
        long secondData = address("x");
        LinkUpdate removal = layer.update(List.of(ModuleReplacement.removal("m")));
        List<RetiredMemory> retired = removal.retired();
        assertEquals(3, retired.size(), "the current code and the data of both versions are retired: " + retired);
        assertEquals(1, retired.stream().filter(r -> !r.code().isEmpty()).count(), "one of them is code");
        assertTrue(retired.stream().anyMatch(r -> r.code().isEmpty() && inside(r.memory(), firstData)), "the first version's data");
        assertTrue(retired.stream().anyMatch(r -> r.code().isEmpty() && inside(r.memory(), secondData)), "the second version's data");
        replacement.retired().forEach(r -> r.memory().release());
        retired.forEach(r -> r.memory().release());
        assertEquals(liveBefore, arena.statistics().live(), "once the caller released everything retired, no byte of m is live");
    }

    @Test
    void codePinnedByADetachedStubIsRetiredWhenTheModuleIsRemoved() throws Exception {
        layer.add(moduleWithCodeAndData(1).build());
        long oldBody = bodyOf("f");
        LinkUpdate fresh = layer.update(List.of(new ModuleReplacement("m", moduleWithCodeAndData(2).build(), Set.of("x"),
                Set.of("f"))));
        assertTrue(fresh.retired().isEmpty(), "the old code stays while its detached stub leads into it");
        LinkUpdate removal = layer.update(List.of(ModuleReplacement.removal("m")));
        assertTrue(removal.retired().stream().anyMatch(r -> r.code().contains(new CodeRange("f", oldBody, 6))),
                "removal retires the pinned old code too: " + removal.retired());
    }

    @Test
    void objectWithoutDataGetsNoDataAllocation() throws Exception {
        layer.add(new TestObjectBuilder("m").function("f", GLOBAL, MachineCode.returnConstant(1)).build());
        LinkUpdate removal = layer.update(List.of(ModuleReplacement.removal("m")));
        assertEquals(1, removal.retired().size(), "a code-only module retires one allocation: " + removal.retired());
        assertEquals(1, removal.retired().get(0).memory().segmentCount(), "one code segment");
    }

    @Test
    void closeFreesRetiredMemoryTheCallerDidNotRelease() throws Exception {
        layer.add(moduleWithCodeAndData(1).build());
        layer.update(List.of(ModuleReplacement.of(moduleWithCodeAndData(2).build())));
        layer.update(List.of(ModuleReplacement.removal("m")));
        layer.close();
        assertEquals(0L, arena.statistics().live(), "after close no byte of the layer is live, retired memory included");
    }
}
