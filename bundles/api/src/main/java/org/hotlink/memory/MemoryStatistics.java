package org.hotlink.memory;

/**
 * Byte counts of one arena.
 *
 * @param reserved  address space reserved
 * @param committed bytes backed by pages the arena obtained
 * @param live      bytes in allocations in flight or finalized and not released
 * @param retired   bytes released by their owner but not yet reusable
 * @param freed     bytes released and reusable, summed over the arena's life
 */
public record MemoryStatistics(long reserved, long committed, long live, long retired, long freed) {
}
