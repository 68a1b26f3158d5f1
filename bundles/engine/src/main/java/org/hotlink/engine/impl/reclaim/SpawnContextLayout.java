package org.hotlink.engine.impl.reclaim;

/**
 * The context {@link ReclamationRuntimeModule#SPAWN_ENTRY} runs, in native memory the engine
 * allocates: {@code {ptr function, i64 argument, i64 result, i32 finished}}. The thread writes
 * result, then finished = 1 with release order; the creator reads finished with acquire order
 * (or joins the thread) before reading result.
 */
public final class SpawnContextLayout {
    public static final int FUNCTION_OFFSET = 0;
    public static final int ARGUMENT_OFFSET = 8;
    public static final int RESULT_OFFSET = 16;
    public static final int FINISHED_OFFSET = 24;
    /** Bytes to allocate, padded to 8. */
    public static final int BYTES = 32;

    private SpawnContextLayout() {
    }
}
