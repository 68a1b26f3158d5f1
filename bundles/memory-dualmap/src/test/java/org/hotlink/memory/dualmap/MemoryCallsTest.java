package org.hotlink.memory.dualmap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.diagnostic.MemoryException;
import org.junit.jupiter.api.Test;

/** Tests that failed libc calls become MemoryExceptions naming the call and errno. */
class MemoryCallsTest {
    @Test
    void failedMprotectNamesTheCallAndErrnoText() {
        // An address that is not page-aligned makes mprotect fail with EINVAL.
        MemoryException error = assertThrows(MemoryException.class, () -> MemoryCalls.protect(1, 4096, MemoryCalls.PROT_READ),
                "mprotect of a misaligned address fails");
        assertTrue(error.getMessage().startsWith("mprotect(0x1, 4096, 1) failed: errno 22 (Invalid argument)"),
                "message names the call, errno 22 and its text: " + error.getMessage());
    }

    @Test
    void failedMmapNamesTheCall() {
        MemoryException error = assertThrows(MemoryException.class,
                () -> MemoryCalls.map(0, 4096, MemoryCalls.PROT_READ, MemoryCalls.MAP_SHARED, -1, 0),
                "a shared mapping of no file fails");
        assertTrue(error.getMessage().startsWith("mmap(4096 bytes) failed: errno 9"), "message names mmap and EBADF: " + error.getMessage());
    }

    @Test
    void pageSizeIsAPowerOfTwo() {
        long page = MemoryCalls.pageSize();
        assertTrue(page >= 4096 && Long.bitCount(page) == 1, "page size is a power of two of at least 4096, was " + page);
    }
}
