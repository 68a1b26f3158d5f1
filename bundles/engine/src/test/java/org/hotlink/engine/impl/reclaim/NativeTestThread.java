package org.hotlink.engine.impl.reclaim;

import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/** A pthread started through JNA, as the engine's spawn does, and joined by the test. */
final class NativeTestThread {
    private static final NativeLibrary LIBC = NativeLibrary.getInstance("c");

    private final long thread;
    private final Memory context;
    private boolean joined;

    private NativeTestThread(long thread, Memory context) {
        this.thread = thread;
        this.context = context;
    }

    /** Runs {@code i64 function(i64 argument)} under {@code __hotlink_spawn_entry}: a registered reader. */
    static NativeTestThread spawn(ReclaimTestEngine engine, String function, long argument) {
        Memory context = new Memory(SpawnContextLayout.BYTES);
        context.clear();
        context.setLong(SpawnContextLayout.FUNCTION_OFFSET, engine.address(function));
        context.setLong(SpawnContextLayout.ARGUMENT_OFFSET, argument);
        return start(engine.address(ReclamationRuntimeModule.SPAWN_ENTRY), context);
    }

    /** Runs the start routine {@code ptr function(ptr)} directly: the thread never registers. */
    static NativeTestThread startUnregistered(ReclaimTestEngine engine, String function) {
        return start(engine.address(function), null);
    }

    private static NativeTestThread start(long startRoutine, Memory context) {
        Memory id = new Memory(8);
        int status = LIBC.getFunction("pthread_create").invokeInt(
                new Object[] {id, Pointer.NULL, new Pointer(startRoutine), context});
        if (status != 0) {
            throw new AssertionError("expected pthread_create to succeed, got error " + status);
        }
        return new NativeTestThread(id.getLong(0), context);
    }

    /** Waits for the thread; returns the function's result for a spawned thread. */
    long join() {
        if (!joined) {
            int status = LIBC.getFunction("pthread_join").invokeInt(new Object[] {thread, Pointer.NULL});
            if (status != 0) {
                throw new AssertionError("expected pthread_join to succeed, got error " + status);
            }
            joined = true;
        }
        return context == null ? 0 : context.getLong(SpawnContextLayout.RESULT_OFFSET);
    }

    boolean finished() {
        return context != null && context.getInt(SpawnContextLayout.FINISHED_OFFSET) == 1;
    }
}
