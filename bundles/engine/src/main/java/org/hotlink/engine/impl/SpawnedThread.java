package org.hotlink.engine.impl;

import com.sun.jna.Memory;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.hotlink.engine.NativeThread;
import org.hotlink.engine.impl.reclaim.SpawnContextLayout;

/**
 * A pthread started on the reclamation runtime's spawn entry with a native context block
 * ({@link SpawnContextLayout}: {@code {ptr function, i64 argument, i64 result, i32 finished}}).
 * The entry registers the thread as a reader, calls the function with the argument, stores the
 * result, sets the flag and unregisters. This object owns the block (and anything else the thread reads, such as a
 * program's argv) and keeps it alive until joined; the engine keeps unjoined threads reachable.
 *
 * <p>Thread-safe: {@link #join} may be called from several threads; the pthread is joined once.
 */
final class SpawnedThread implements NativeThread {
    private static final int FUNCTION = SpawnContextLayout.FUNCTION_OFFSET;
    private static final int ARGUMENT = SpawnContextLayout.ARGUMENT_OFFSET;
    private static final int RESULT = SpawnContextLayout.RESULT_OFFSET;
    private static final int FINISHED = SpawnContextLayout.FINISHED_OFFSET;
    private static final int SIZE = SpawnContextLayout.BYTES;
    private static final long LONGEST_PAUSE_NANOS = 2_000_000;

    /** Told once when the thread has been joined, so the engine can stop keeping it. */
    @FunctionalInterface
    interface JoinListener {
        void joined(SpawnedThread thread);
    }

    private final Memory context;
    /** Only held: native memory the thread reads (a program's argv), freed by the collector after this. */
    private final List<Object> keepAlive;
    private final ReturnConversion conversion;
    private final PosixCalls posix;
    private final JoinListener listener;
    private long pthread;
    private boolean joined;
    private long result;

    /** @param keepAlive native memory the thread reads besides the context block */
    SpawnedThread(long function, long argument, List<Object> keepAlive, ReturnConversion conversion,
                  PosixCalls posix, JoinListener listener) {
        this.context = new Memory(SIZE);
        context.clear();
        context.setLong(FUNCTION, function);
        context.setLong(ARGUMENT, argument);
        this.keepAlive = List.copyOf(keepAlive);
        this.conversion = conversion;
        this.posix = posix;
        this.listener = listener;
    }

    /** Starts the pthread on {@code spawnEntry(context)}. */
    synchronized void start(long spawnEntry, long stackBytes) {
        pthread = posix.startThread(spawnEntry, context, stackBytes);
    }

    @Override
    public boolean isFinished() {
        return context.getInt(FINISHED) != 0;
    }

    /**
     * Waits for the finished flag, parking between looks so that the wait can be interrupted
     * (a blocking pthread_join in native code could not be), then joins the pthread, which by
     * then only has to unregister and return.
     */
    @Override
    public long join() throws InterruptedException {
        long pause = 10_000;
        while (!isFinished()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for a native thread");
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
        synchronized (this) {
            if (!joined) {
                posix.joinThread(pthread);
                result = conversion.apply(context.getLong(RESULT));
                joined = true;
                listener.joined(this);
            }
            return result;
        }
    }
}
