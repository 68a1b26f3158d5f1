package org.hotlink.memory.dualmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.MemoryStatistics;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;
import org.hotlink.memory.SegmentRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests of the dual-map arena on real memory: placement, permissions, execution, statistics. */
class DualMapArenaTest {
    /** x86-64: mov eax, 42; ret. */
    private static final byte[] RETURN_42 = {(byte) 0xb8, 0x2a, 0, 0, 0, (byte) 0xc3};
    private static final long ARENA_BYTES = 16L << 20;

    private DualMapArena arena;

    @BeforeEach
    void createArena() throws MemoryException {
        arena = (DualMapArena) new DualMapMemoryManager().createArena(ARENA_BYTES);
    }

    @AfterEach
    void closeArena() {
        arena.close();
    }

    private static SegmentRequest code(long size) {
        return new SegmentRequest(Protection.READ_EXECUTE, size, 16);
    }

    @Test
    void codeWrittenThroughTheAliasRunsAfterFinalize() throws Exception {
        InFlightAllocation allocation = arena.allocate(code(RETURN_42.length));
        Segment segment = allocation.segment(0);
        segment.write(0, RETURN_42);
        allocation.finalizeAllocation();
        int result = Function.getFunction(new Pointer(segment.address())).invokeInt(new Object[0]);
        assertEquals(42, result, "the code written returns 42");
    }

    @Test
    void codeIsNotExecutableBeforeFinalize() throws Exception {
        InFlightAllocation allocation = arena.allocate(code(RETURN_42.length));
        Segment segment = allocation.segment(0);
        segment.write(0, RETURN_42);
        String before = ProcessMaps.read().containing(segment.address()).permissions();
        assertFalse(before.contains("x"), "code page must not be executable before finalize, was " + before);
        assertFalse(before.contains("w"), "code page must never be writable in place, was " + before);
        allocation.finalizeAllocation();
        String after = ProcessMaps.read().containing(segment.address()).permissions();
        assertTrue(after.startsWith("r-x"), "code page is read-execute after finalize, was " + after);
    }

    @Test
    void codeSegmentRefusesWritesAfterFinalize() throws Exception {
        InFlightAllocation allocation = arena.allocate(code(8));
        allocation.segment(0).write(0, RETURN_42);
        allocation.finalizeAllocation();
        assertThrows(IllegalStateException.class, () -> allocation.segment(0).write(0, RETURN_42),
                "writing code after finalize is refused");
    }

    @Test
    void noMappingOfTheArenaOrItsAliasIsWritableAndExecutable() throws Exception {
        InFlightAllocation allocation = arena.allocate(code(RETURN_42.length),
                new SegmentRequest(Protection.READ_ONLY, 64, 8), new SegmentRequest(Protection.READ_WRITE, 64, 8));
        allocation.segment(0).write(0, RETURN_42);
        allocation.segment(1).write(0, new byte[64]);
        allocation.segment(2).write(0, new byte[64]);
        allocation.finalizeAllocation();
        ProcessMaps maps = ProcessMaps.read();
        List<ProcessMaps.Mapping> relevant = new ArrayList<>(maps.overlapping(arena.base(), arena.base() + arena.size()));
        relevant.addAll(maps.overlapping(arena.aliasBase(), arena.aliasBase() + arena.aliasSize()));
        assertTrue(relevant.size() >= 4, "the arena's views and the alias are listed, found " + relevant);
        for (ProcessMaps.Mapping mapping : relevant) {
            assertFalse(mapping.isWritable() && mapping.isExecutable(), "no mapping may be writable and executable: " + mapping);
        }
        assertEquals("rw-s", maps.containing(arena.aliasBase()).permissions(), "the alias is a shared read-write view");
    }

    @Test
    void readOnlyDataIsReadableAtItsAddressAfterFinalize() throws Exception {
        InFlightAllocation allocation = arena.allocate(new SegmentRequest(Protection.READ_ONLY, 4, 4));
        allocation.segment(0).write(0, new byte[] {1, 2, 3, 4});
        allocation.finalizeAllocation();
        assertEquals(0x04030201, new Pointer(allocation.segment(0).address()).getInt(0), "bytes written through the alias are read at the address");
        assertEquals("r--s", ProcessMaps.read().containing(allocation.segment(0).address()).permissions(), "read-only data is mapped read-only");
    }

    @Test
    void atomicStoresOnlyOnReadWriteSegmentsAfterFinalize() throws Exception {
        InFlightAllocation allocation = arena.allocate(code(16), new SegmentRequest(Protection.READ_WRITE, 16, 8));
        Segment slots = allocation.segment(1);
        assertThrows(IllegalStateException.class, () -> slots.putLongAtomic(0, 1), "atomic store refused in flight");
        FinalizedAllocation done = allocation.finalizeAllocation();
        assertThrows(IllegalStateException.class, () -> done.segment(0).putLongAtomic(0, 1), "atomic store refused on code");
        assertThrows(IllegalArgumentException.class, () -> slots.putLongAtomic(4, 1), "misaligned atomic store refused");
        slots.putLongAtomic(8, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, slots.getLongAtomic(8), "the stored value is read back");
        assertEquals(0x1122334455667788L, new Pointer(slots.address()).getLong(8), "the stored value is at the segment address");
        done.release();
        assertThrows(IllegalStateException.class, () -> slots.putLongAtomic(8, 2), "atomic store refused after release");
    }

    @Test
    void writesOutsideTheSegmentAreRefused() throws Exception {
        InFlightAllocation allocation = arena.allocate(new SegmentRequest(Protection.READ_WRITE, 8, 8));
        assertThrows(IndexOutOfBoundsException.class, () -> allocation.segment(0).write(4, new byte[8]), "write past the end refused");
        allocation.abandon();
    }

    @Test
    void statisticsAccountEveryByte() throws Exception {
        long page = arena.pageSize();
        MemoryStatistics fresh = arena.statistics();
        assertEquals(new MemoryStatistics(arena.size(), 0, 0, 0, 0), fresh, "a fresh arena has only reserved bytes");
        InFlightAllocation allocation = arena.allocate(code(100), new SegmentRequest(Protection.READ_WRITE, 8, 8));
        assertEquals(new MemoryStatistics(arena.size(), 2 * page, 112 + 16, 0, 0), arena.statistics(),
                "100 code bytes occupy 112, 8 data bytes occupy 16; one page of each area is committed");
        allocation.finalizeAllocation().release();
        assertEquals(new MemoryStatistics(arena.size(), 2 * page, 0, 0, 128), arena.statistics(),
                "released bytes count as freed; committed pages stay");
        arena.allocate(code(16)).abandon();
        assertEquals(144, arena.statistics().freed(), "abandoned bytes count as freed too");
    }

    @Test
    void releasedSpaceIsHandedOutAgain() throws Exception {
        InFlightAllocation first = arena.allocate(code(64));
        long address = first.segment(0).address();
        first.segment(0).write(0, RETURN_42);
        first.finalizeAllocation().release();
        InFlightAllocation second = arena.allocate(code(64));
        assertEquals(address, second.segment(0).address(), "released code space is reused first");
        second.segment(0).write(0, RETURN_42);
        second.finalizeAllocation();
        assertEquals(42, Function.getFunction(new Pointer(address)).invokeInt(new Object[0]), "the reused space runs its new code");
    }

    @Test
    void reusedSpaceReadsAsZeroForEveryProtection() throws Exception {
        long pageSize = arena.pageSize();
        // A small segment (cleared byte by byte) and one of several pages starting mid-page (whole
        // pages given back to the kernel, the partial ones at both ends cleared).
        for (long size : new long[] {48, 3 * pageSize + 200}) {
            for (Protection protection : Protection.values()) {
                InFlightAllocation filler = arena.allocate(new SegmentRequest(protection, 32, 16));
                InFlightAllocation first = arena.allocate(new SegmentRequest(protection, size, 16));
                byte[] ones = new byte[(int) size];
                java.util.Arrays.fill(ones, (byte) 0x5a);
                first.segment(0).write(0, ones);
                long address = first.segment(0).address();
                first.finalizeAllocation().release();
                InFlightAllocation second = arena.allocate(new SegmentRequest(protection, size, 16));
                assertEquals(address, second.segment(0).address(), protection + " space is reused");
                second.finalizeAllocation();
                byte[] read = new Pointer(address).getByteArray(0, (int) size);
                assertTrue(java.util.Arrays.equals(new byte[(int) size], read),
                        protection + " segment of " + size + " bytes reads as zero when reused");
                filler.abandon();
            }
        }
    }

    @Test
    void manyAllocationsStayInsideTheRegionWithoutOverlap() throws Exception {
        TreeMap<Long, Long> ranges = new TreeMap<>();
        List<FinalizedAllocation> kept = new ArrayList<>();
        Protection[] kinds = Protection.values();
        for (int i = 0; i < 3000; i++) {
            InFlightAllocation allocation = arena.allocate(new SegmentRequest(kinds[i % 3], 1 + (i * 37) % 700, 1 << (i % 6)));
            FinalizedAllocation done = allocation.finalizeAllocation();
            if (i % 4 == 0) {
                done.release();
            } else {
                kept.add(done);
            }
        }
        for (FinalizedAllocation done : kept) {
            Segment segment = done.segment(0);
            assertTrue(segment.address() >= arena.base() && segment.address() + segment.size() <= arena.base() + arena.size(),
                    "segment " + segment + " lies inside the region");
            Long previous = ranges.put(segment.address(), segment.size());
            assertEquals(null, previous, "no two live segments share an address");
        }
        long end = 0;
        for (var range : ranges.entrySet()) {
            assertTrue(range.getKey() >= end, "live segments do not overlap at 0x" + Long.toHexString(range.getKey()));
            end = range.getKey() + range.getValue();
        }
    }

    @Test
    void exhaustedAreaIsAMemoryException() throws Exception {
        MemoryException error = assertThrows(MemoryException.class, () -> arena.allocate(code(ARENA_BYTES)),
                "a code segment larger than the code area is refused");
        assertTrue(error.getMessage().contains("exhausted"), "message says the area is exhausted: " + error.getMessage());
        assertEquals(0, arena.statistics().live(), "a refused allocation leaves nothing live");
    }

    @Test
    void oversizedArenaIsRefused() {
        assertThrows(MemoryException.class, () -> new DualMapMemoryManager().createArena(3L << 30),
                "an arena above 2 GiB could not keep 32-bit references in reach");
    }

    @Test
    void closedArenaRefusesAllocations() throws Exception {
        MemoryArena other = new DualMapMemoryManager().createArena(1 << 20);
        other.close();
        assertThrows(MemoryException.class, () -> other.allocate(code(16)), "a closed arena allocates nothing");
    }
}
