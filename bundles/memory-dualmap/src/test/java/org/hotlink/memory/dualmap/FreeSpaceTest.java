package org.hotlink.memory.dualmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Tests of the first-fit placement of one area, without any native memory. */
class FreeSpaceTest {
    @Test
    void bumpPlacementHonoursAlignment() {
        FreeSpace space = new FreeSpace(0x1000, 0x2000);
        assertEquals(0x1000, space.take(16, 16), "first range starts at the area start");
        assertEquals(0x1040, space.take(16, 64), "second range is rounded up to its 64-byte alignment");
        assertEquals(0x1010, space.take(16, 16), "the alignment gap is reused by a later fitting request");
    }

    @Test
    void releasedRangesCoalesceAndAreReusedFirstFit() {
        FreeSpace space = new FreeSpace(0, 0x1000);
        long a = space.take(32, 16);
        long b = space.take(32, 16);
        long c = space.take(32, 16);
        space.giveBack(a, 32);
        space.giveBack(b, 32);
        assertEquals(a, space.take(64, 16), "two neighbouring released ranges merge into one that fits 64 bytes");
        assertEquals(c + 32, space.take(16, 16), "with no released range left, space comes from the top");
    }

    @Test
    void exhaustedAreaReturnsMinusOne() {
        FreeSpace space = new FreeSpace(0, 64);
        assertEquals(0, space.take(48, 16), "48 bytes fit an area of 64");
        assertEquals(-1, space.take(32, 16), "32 more bytes do not fit");
    }

    @Test
    void releasingSpaceNeverHandedOutBreaksAnInvariant() {
        FreeSpace space = new FreeSpace(0, 64);
        space.take(16, 16);
        assertThrows(IllegalStateException.class, () -> space.giveBack(32, 16), "space above the top was never handed out");
    }
}
