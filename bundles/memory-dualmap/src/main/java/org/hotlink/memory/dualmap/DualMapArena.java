package org.hotlink.memory.dualmap;

import com.sun.jna.Pointer;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.MemoryStatistics;
import org.hotlink.memory.Protection;
import org.hotlink.memory.SegmentRequest;

/**
 * One reserved region split into three areas: code (half), read-only data (a quarter) and
 * read-write data (the rest). Code and read-only data are views of one memfd, inaccessible until
 * finalized, and written through a second read-write mapping of the same file outside the
 * region; no page is ever writable and executable at once. Since the region is at most 2 GiB,
 * any two segments lie within 32-bit PC-relative reach of each other.
 *
 * <p>Every segment reads as zero when handed out: space never used is fresh memory, and released
 * space is cleared when it is given back.
 *
 * <p>Every segment occupies a multiple of {@value #GRANULE} bytes at an address aligned to at
 * least {@value #GRANULE}; code and read-only segments of different allocations may share a page.
 * Thread-safe: one lock guards placement, statistics and state.
 */
final class DualMapArena implements MemoryArena {
    /** The largest region whose segments can all reach each other with a signed 32-bit displacement. */
    static final long MAX_RESERVE = 1L << 31;
    static final int GRANULE = 16;

    private final long base;
    private final long size;
    private final long pageSize;
    private final int memoryFile;
    private final long alias;
    private final long aliasSize;
    private final Map<Protection, ArenaArea> areas = new EnumMap<>(Protection.class);
    private long live;
    private long freed;
    private boolean closed;

    private DualMapArena(long base, long size, long pageSize, int memoryFile, long alias, long aliasSize,
                         long codeSize, long readOnlySize) {
        this.base = base;
        this.size = size;
        this.pageSize = pageSize;
        this.memoryFile = memoryFile;
        this.alias = alias;
        this.aliasSize = aliasSize;
        long delta = alias - base;
        areas.put(Protection.READ_EXECUTE, new ArenaArea(Protection.READ_EXECUTE, base, codeSize, delta, pageSize));
        areas.put(Protection.READ_ONLY, new ArenaArea(Protection.READ_ONLY, base + codeSize, readOnlySize, delta, pageSize));
        long readWriteStart = base + codeSize + readOnlySize;
        areas.put(Protection.READ_WRITE, new ArenaArea(Protection.READ_WRITE, readWriteStart, base + size - readWriteStart, 0, pageSize));
    }

    /** Reserves the region, creates the memfd and maps its two views. */
    static DualMapArena create(long reserveBytes) throws MemoryException {
        long pageSize = MemoryCalls.pageSize();
        if (reserveBytes < 4 * pageSize || reserveBytes > MAX_RESERVE) {
            throw new MemoryException("arena size " + reserveBytes + " must lie between " + 4 * pageSize + " and " + MAX_RESERVE + " bytes");
        }
        long size = FreeSpace.alignUp(reserveBytes, pageSize);
        long codeSize = (size / 2) & -pageSize;
        long readOnlySize = (size / 4) & -pageSize;
        long fileSize = codeSize + readOnlySize;
        long base = MemoryCalls.map(0, size, MemoryCalls.PROT_NONE,
                MemoryCalls.MAP_PRIVATE | MemoryCalls.MAP_ANONYMOUS | MemoryCalls.MAP_NORESERVE, -1, 0);
        int file = -1;
        long alias = 0;
        try {
            file = MemoryCalls.createMemoryFile("hotlink-code");
            // Sized once: pages of a memfd are only committed when first touched.
            MemoryCalls.truncate(file, fileSize);
            MemoryCalls.map(base, fileSize, MemoryCalls.PROT_NONE, MemoryCalls.MAP_SHARED | MemoryCalls.MAP_FIXED, file, 0);
            alias = MemoryCalls.map(0, fileSize, MemoryCalls.PROT_READ | MemoryCalls.PROT_WRITE, MemoryCalls.MAP_SHARED, file, 0);
            return new DualMapArena(base, size, pageSize, file, alias, fileSize, codeSize, readOnlySize);
        } catch (MemoryException e) {
            unmapQuietly(base, size);
            if (alias != 0) {
                unmapQuietly(alias, fileSize);
            }
            if (file >= 0) {
                try {
                    MemoryCalls.closeFile(file);
                } catch (MemoryException ignored) {
                    // the original failure is the one worth reporting
                }
            }
            throw e;
        }
    }

    @Override
    public long base() {
        return base;
    }

    @Override
    public long size() {
        return size;
    }

    /** The address of the writable alias of the code and read-only areas (for tests and diagnostics). */
    long aliasBase() {
        return alias;
    }

    long aliasSize() {
        return aliasSize;
    }

    long pageSize() {
        return pageSize;
    }

    @Override
    public synchronized InFlightAllocation allocate(SegmentRequest... requests) throws MemoryException {
        if (closed) {
            throw new MemoryException("arena at 0x" + Long.toHexString(base) + " is closed");
        }
        List<DualMapSegment> placed = new ArrayList<>(requests.length);
        DualMapAllocation allocation = new DualMapAllocation(this);
        try {
            for (SegmentRequest request : requests) {
                ArenaArea area = areas.get(request.protection());
                long occupied = Math.max(GRANULE, FreeSpace.alignUp(request.size(), GRANULE));
                long alignment = Math.max(GRANULE, request.alignment());
                long address = area.place(occupied, alignment);
                placed.add(new DualMapSegment(allocation, request.protection(), address, request.size(), occupied,
                        address + area.aliasDelta()));
            }
        } catch (MemoryException e) {
            for (DualMapSegment segment : placed) {
                areas.get(segment.protection()).giveBack(segment.address(), segment.occupied());
            }
            throw e;
        }
        for (DualMapSegment segment : placed) {
            live += segment.occupied();
        }
        allocation.setSegments(placed);
        return allocation;
    }

    /** Applies final permissions to the segments, then makes the code visible to instruction fetch. */
    synchronized void finalizeSegments(List<DualMapSegment> segments) throws MemoryException {
        checkOpen();
        for (DualMapSegment segment : segments) {
            areas.get(segment.protection()).applyFinalProtection(segment.address(), segment.occupied());
        }
        for (DualMapSegment segment : segments) {
            if (segment.protection() == Protection.READ_EXECUTE) {
                InstructionCache.flush(segment.address(), segment.address() + segment.occupied());
            }
        }
        // Every write of this allocation is ordered before whatever publishes a pointer into it.
        VarHandle.fullFence();
    }

    /**
     * Returns an allocation's space to its areas' free lists; it can be handed out again at once.
     * The space is zeroed first, since every segment handed out reads as zero: whole pages are
     * given back to the kernel (their memory is freed, and they come back zero-filled), the
     * partial pages at either end are cleared.
     */
    synchronized void giveBack(List<DualMapSegment> segments) {
        if (closed) {
            return;
        }
        for (DualMapSegment segment : segments) {
            try {
                clear(segment);
            } catch (MemoryException e) {
                // Space that cannot be zeroed is never handed out again: leaked, not corrupt.
                live -= segment.occupied();
                continue;
            }
            areas.get(segment.protection()).giveBack(segment.address(), segment.occupied());
            live -= segment.occupied();
            freed += segment.occupied();
        }
        Checks.check(live >= 0, "live bytes must never become negative");
    }

    private void clear(DualMapSegment segment) throws MemoryException {
        long start = segment.writeAddress();
        long end = start + segment.occupied();
        long firstPage = FreeSpace.alignUp(start, pageSize);
        long endPage = end & -pageSize;
        if (endPage <= firstPage) {
            new Pointer(start).setMemory(0, end - start, (byte) 0);
            return;
        }
        new Pointer(start).setMemory(0, firstPage - start, (byte) 0);
        new Pointer(endPage).setMemory(0, end - endPage, (byte) 0);
        if (segment.protection() == Protection.READ_WRITE) {
            MemoryCalls.discardAnonymous(firstPage, endPage - firstPage);
        } else {
            // The file is mapped from offset 0 at both the region's base and the alias.
            MemoryCalls.punchHole(memoryFile, firstPage - alias, endPage - firstPage);
        }
    }

    /**
     * Released space is reusable at once (the caller guarantees quiescence before releasing), so
     * nothing is ever counted as retired by this strategy.
     */
    @Override
    public synchronized MemoryStatistics statistics() {
        long committed = 0;
        for (ArenaArea area : areas.values()) {
            committed += area.committedBytes();
        }
        return new MemoryStatistics(closed ? 0 : size, closed ? 0 : committed, live, 0, freed);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws MemoryException {
        if (closed) {
            throw new MemoryException("arena at 0x" + Long.toHexString(base) + " is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        unmapQuietly(base, size);
        unmapQuietly(alias, aliasSize);
        try {
            MemoryCalls.closeFile(memoryFile);
        } catch (MemoryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void unmapQuietly(long address, long length) {
        try {
            MemoryCalls.unmap(address, length);
        } catch (MemoryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
