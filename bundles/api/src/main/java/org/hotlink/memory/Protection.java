package org.hotlink.memory;

/** The permissions a segment has once its allocation is finalized. */
public enum Protection {
    /** Code: read and execute; writable only through the strategy's own means before finalization. */
    READ_EXECUTE,
    /** Constants: read only after finalization. */
    READ_ONLY,
    /** Data and pointer slots: read and write, never executable. */
    READ_WRITE
}
