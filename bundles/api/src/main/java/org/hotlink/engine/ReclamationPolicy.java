package org.hotlink.engine;

/** When an engine frees the memory of replaced or removed code. */
public enum ReclamationPolicy {
    /**
     * After a quiescent-state grace period: every registered thread has announced a quiescent
     * point (or gone offline) since the code was retired, and no return address recorded at that
     * point lies in it.
     */
    QUIESCENT,
    /** Never: replaced code stays mapped until the engine closes (for debugging). */
    NEVER
}
