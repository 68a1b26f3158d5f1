package org.hotlink.linker.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hotlink.codegen.SymbolBinding;
import org.hotlink.linker.LinkLayer;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.junit.jupiter.api.Test;

/** Tests that stub blocks are complete when they become executable, and never writable and executable. */
class EntryStubsTest {
    @Test
    void everyStubOfABlockJumpsThroughItsOwnSlotToItsOwnLanding() throws Exception {
        try (MemoryArena arena = new DualMapMemoryManager().createArena(16L << 20)) {
            EntryStubs stubs = new EntryStubs(arena, new JumpThroughSlotStubWriter(), new NameStrings(arena));
            stubs.setHandler(0x1234_5678L);
            EntryStub first = stubs.take("first");
            long handlerSlot = 0;
            for (int i = 0; i < stubs.stubsPerBlock(); i++) {
                long stub = first.address() + (long) i * JumpThroughSlotStubWriter.SIZE;
                Pointer code = new Pointer(stub);
                assertEquals((byte) 0xff, code.getByte(0), "stub " + i + " starts with jmp [rip+disp32] (FF 25)");
                assertEquals((byte) 0x25, code.getByte(1), "stub " + i + " uses RIP-relative addressing");
                long slot = stub + 6 + code.getInt(2);
                assertEquals(first.slot().address() + 8L * i, slot, "stub " + i + " jumps through its own slot");
                long landing = new Pointer(slot).getLong(0);
                assertEquals(first.landing() + (long) i * JumpThroughSlotStubWriter.LANDING_SIZE, landing,
                        "slot " + i + " holds its own landing");
                Pointer landingCode = new Pointer(landing);
                assertEquals(0x3d8b48, landingCode.getInt(0) & 0xffffff, "landing " + i + " starts with mov rdi, [rip+disp32]");
                long nameSlot = landing + 7 + landingCode.getInt(3);
                assertEquals(first.nameSlot().address() + 8L * i, nameSlot, "landing " + i + " reads its own name slot");
                long thisHandlerSlot = landing + 13 + landingCode.getInt(9);
                if (i == 0) {
                    handlerSlot = thisHandlerSlot;
                }
                assertEquals(handlerSlot, thisHandlerSlot, "landing " + i + " jumps through the block's one handler slot");
                assertEquals(0x1234_5678L, new Pointer(handlerSlot).getLong(0), "the handler slot holds the handler");
            }
            assertEquals("first", new Pointer(first.nameSlot().load()).getString(0), "the taken stub's name slot points at its name");
            assertEquals(0L, new Pointer(first.nameSlot().address() + 8).getLong(0), "a spare stub's name slot is null");
            stubs.setHandler(0x9abc_def0L);
            assertEquals(0x9abc_def0L, new Pointer(handlerSlot).getLong(0), "setting the handler stores it into existing blocks");
            stubs.releaseAll();
        }
    }

    @Test
    void everyLazyLandingPassesItsOwnStubToTheBlocksTrampolineWhichCallsThroughTheCompilerSlot() throws Exception {
        try (MemoryArena arena = new DualMapMemoryManager().createArena(16L << 20)) {
            EntryStubs stubs = new EntryStubs(arena, new JumpThroughSlotStubWriter(), new NameStrings(arena));
            EntryStub first = stubs.take("first");
            long trampoline = 0;
            for (int i = 0; i < stubs.stubsPerBlock(); i++) {
                long lazyLanding = first.lazyLanding() + (long) i * JumpThroughSlotStubWriter.LAZY_LANDING_SIZE;
                Pointer code = new Pointer(lazyLanding);
                assertEquals(0x1d8d4c, code.getInt(0) & 0xffffff, "lazy landing " + i + " starts with lea r11, [rip+disp32]");
                assertEquals(first.address() + (long) i * JumpThroughSlotStubWriter.SIZE, lazyLanding + 7 + code.getInt(3),
                        "lazy landing " + i + " passes its own stub");
                assertEquals((byte) 0xe9, code.getByte(7), "lazy landing " + i + " then jumps (E9 rel32)");
                long target = lazyLanding + 12 + code.getInt(8);
                if (i == 0) {
                    trampoline = target;
                }
                assertEquals(trampoline, target, "lazy landing " + i + " jumps to the block's one trampoline");
            }
            assertEquals(first, stubs.find(first.address()), "the stub is found by its address");
            int field = JumpThroughSlotStubWriter.TRAMPOLINE_CALL_FIELD;
            long compilerSlot = trampoline + field + 4 + new Pointer(trampoline + field).getInt(0);
            assertEquals(0L, new Pointer(compilerSlot).getLong(0), "the compiler slot holds 0 until a compiler is set");
            stubs.setLazyCompiler(0x1234_5678L);
            assertEquals(0x1234_5678L, new Pointer(compilerSlot).getLong(0), "setting the compiler stores it into existing blocks");
            for (int i = 1; i < stubs.stubsPerBlock(); i++) {
                stubs.take("filler" + i);
            }
            EntryStub later = stubs.take("later");
            long laterLanding = later.lazyLanding();
            long laterTrampoline = laterLanding + 12 + new Pointer(laterLanding).getInt(8);
            long laterSlot = laterTrampoline + field + 4 + new Pointer(laterTrampoline + field).getInt(0);
            assertTrue(laterSlot != compilerSlot, "a later block has its own compiler slot");
            assertEquals(0x1234_5678L, new Pointer(laterSlot).getLong(0), "a later block starts with the current compiler");
            assertEquals(later.landing(), later.slot().load(), "a new stub's slot still starts at its undefined landing");
            stubs.releaseAll();
        }
    }

    @Test
    void noPageOfTheArenaIsWritableAndExecutableAfterLinking() throws Exception {
        try (MemoryArena arena = new DualMapMemoryManager().createArena(16L << 20)) {
            LinkLayer layer = new InProcessRuntimeLinker().createLayer(arena, new JumpThroughSlotStubWriter(),
                    new ProcessSymbolResolver().createScope());
            layer.add(new TestObjectBuilder("m")
                    .function("f", SymbolBinding.GLOBAL, MachineCode.returnConstant(1))
                    .function("slot_of_f", SymbolBinding.GLOBAL, MachineCode.RETURN_GOT_SLOT,
                            MachineCode.loadThroughGot("f")).build());
            int mappings = 0;
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                String[] fields = line.split("\\s+");
                String[] range = fields[0].split("-");
                long start = Long.parseUnsignedLong(range[0], 16);
                long end = Long.parseUnsignedLong(range[1], 16);
                if (start < arena.base() + arena.size() && arena.base() < end) {
                    mappings++;
                    assertFalse(fields[1].contains("w") && fields[1].contains("x"), "arena mapping is not writable and executable: " + line);
                }
            }
            assertTrue(mappings >= 3, "the arena's code, data and stub mappings are listed, found " + mappings);
            layer.close();
        }
    }
}
