package org.hotlink.engine.impl.reclaim;

/**
 * Where things lie in the reader registry that {@link ReclamationRuntimeModule} defines and
 * {@link ReaderRegistry} reads: one place for the offsets that the IR text and the Java side must
 * agree on. A record is {@link #RECORD_WORDS} 64-bit words, 64-byte aligned, so that no two threads
 * write the same cache line:
 * <pre>
 *   word 0            seq: sequence counter, odd while the owning thread writes the record
 *   word 1            state: {@link #FREE}, {@link #OFFLINE} or {@link #ONLINE}
 *   word 2            seen: the global epoch read at the thread's last quiescent point
 *   word 3            count: return addresses recorded at that point (at most {@link #MAX_FRAMES})
 *   word 4, 5         lowest and highest address of the thread's stack (bounds of the frame walk)
 *   word 8 ...        the return addresses, innermost first
 * </pre>
 */
final class ReaderRecordLayout {
    /** Records in the registry: at most this many threads are registered readers at once. */
    static final int RECORDS = 256;
    static final int RECORD_WORDS = 48;
    static final int RECORD_BYTES = RECORD_WORDS * 8;
    static final int MAX_FRAMES = 32;

    static final int SEQ_WORD = 0;
    static final int STATE_WORD = 1;
    static final int SEEN_WORD = 2;
    static final int COUNT_WORD = 3;
    static final int STACK_LOW_WORD = 4;
    static final int STACK_HIGH_WORD = 5;
    static final int FIRST_RETURN_ADDRESS_WORD = 8;

    /** Not claimed by any thread. */
    static final long FREE = 0;
    /** Claimed, but the thread runs no compiled code and holds no frames of it: never waited for. */
    static final long OFFLINE = 1;
    /** Claimed and possibly running compiled code: waited for until it passes a quiescent point. */
    static final long ONLINE = 2;

    private ReaderRecordLayout() {
    }
}
