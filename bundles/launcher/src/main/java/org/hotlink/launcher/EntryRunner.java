package org.hotlink.launcher;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.NativeThread;

/**
 * Starts the live program's entry function once a loaded module defines it, on a native thread
 * ({@link Engine#spawnProgram}), and tells when it returns. A Java daemon thread waits for the native
 * one; the return value then completes {@link #returned()}, which the folder-following thread checks.
 *
 * <p>{@link #startIfDefined} is called by the one thread that follows the folder; {@link #returned}
 * may be read from any thread.
 */
final class EntryRunner {
    private final Engine engine;
    private final String entry;
    private final List<String> argv;
    private final CompletableFuture<Integer> returned = new CompletableFuture<>();
    private boolean started;

    /**
     * @param entry the function to run, {@code i32 ()} or {@code i32 (i32, ptr)}
     * @param argv  the program's argv, argv[0] first
     */
    EntryRunner(Engine engine, String entry, List<String> argv) {
        this.engine = engine;
        this.entry = entry;
        this.argv = List.copyOf(argv);
    }

    String entry() {
        return entry;
    }

    boolean isStarted() {
        return started;
    }

    /** Whether a loaded module defines the entry now. */
    boolean isDefined() {
        return engine.modules().stream().anyMatch(module -> module.functions().contains(entry));
    }

    /**
     * Starts the entry if it has not started and is defined; does nothing otherwise.
     *
     * @return whether it started now
     * @throws HotlinkException when the engine refuses to run it (such as a wrong signature); it may be retried
     */
    boolean startIfDefined() throws HotlinkException {
        if (started || !isDefined()) {
            return false;
        }
        NativeThread thread = engine.spawnProgram(entry, argv);
        started = true;
        Thread waiter = new Thread(() -> awaitReturn(thread), "hotlink-live-" + entry);
        waiter.setDaemon(true);
        waiter.start();
        return true;
    }

    /** Completed with the entry's return value (an {@code i32}) when it returns. */
    CompletableFuture<Integer> returned() {
        return returned;
    }

    private void awaitReturn(NativeThread thread) {
        try {
            returned.complete((int) thread.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            returned.completeExceptionally(e);
        } catch (RuntimeException e) {
            returned.completeExceptionally(e);
        }
    }
}
