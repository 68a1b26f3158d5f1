package org.hotlink.engine.impl.reclaim;

import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.linker.RetiredMemory;

/**
 * The writer side of quiescent-state-based reclamation (the liburcu "qsbr" flavour) for one
 * engine: memory retired by a link update is released once every online reader thread has passed
 * a quiescent point since the retirement (or gone offline) and the return addresses recorded at its
 * latest quiescent point lie outside the memory's code. Readers are native threads registered by
 * the runtime of {@link ReclamationRuntimeModule} (which must be loaded before this is made) and
 * Java threads inside {@link #enterJava()}.
 *
 * <p>Thread-safe. {@link #retire} never blocks: a daemon thread named {@value #THREAD_NAME}, started
 * on the first retirement, waits for grace periods and calls {@code release()}; no lock is held
 * while it waits. Under {@link ReclamationPolicy#NEVER} nothing is ever released and no thread is
 * started; memory is only counted.
 */
public final class QuiescentReclaimer implements AutoCloseable {
    static final String THREAD_NAME = "hotlink-reclaimer";
    private static final long JOIN_MILLIS = 10_000;

    private final ReclamationPolicy policy;
    private final ReaderRegistry registry;
    private final JavaReaders javaReaders;
    private final ReclamationCounters counters = new ReclamationCounters();
    private final Queue<RetiredEntry> incoming = new ConcurrentLinkedQueue<>();
    private final GracePeriodPoller poller;
    private final AtomicReference<Thread> pollerThread = new AtomicReference<>();
    private volatile boolean closed;

    /**
     * Creates the thread key of the registry and publishes it to the runtime; from then on native
     * threads that call {@code hotlink_thread_register} are readers.
     *
     * @param runtimeSymbolAddress the address of a symbol of the loaded runtime module
     */
    public QuiescentReclaimer(ReclamationPolicy policy, ToLongFunction<String> runtimeSymbolAddress) {
        this.policy = policy;
        this.registry = new ReaderRegistry(runtimeSymbolAddress);
        this.javaReaders = new JavaReaders(registry);
        this.poller = new GracePeriodPoller(registry, javaReaders, incoming, counters);
    }

    /**
     * Hands over memory that a link update took out of use; call it after the update's slot
     * stores. Starts the grace period (epoch + 1, sequentially consistent) and returns at once.
     */
    public void retire(List<RetiredMemory> memory) {
        if (memory.isEmpty()) {
            return;
        }
        if (policy == ReclamationPolicy.NEVER || closed) {
            // Kept until the arena closes; only counted.
            counters.retired(new RetiredEntry(memory, Long.MAX_VALUE).bytes());
            return;
        }
        // The fences order the caller's slot stores before the increment, and the increment before
        // the reads of the records that decide the grace period.
        VarHandle.fullFence();
        registry.addWaiting(1);
        long target = registry.advanceEpoch();
        VarHandle.fullFence();
        RetiredEntry pending = new RetiredEntry(memory, target);
        counters.retired(pending.bytes());
        incoming.add(pending);
        startPollerIfNeeded();
        poller.wake();
    }

    /**
     * Makes the calling Java thread an online reader (with no compiled frames yet) until the
     * returned handle is closed, on the same thread. Nests: only the outermost close takes the
     * thread offline. Cheap after the thread's first entry (a few stores and a fence).
     */
    public ReaderScope enterJava() {
        return javaReaders.enter();
    }

    /** Bytes retired and waiting for a grace period now (under {@code NEVER}: all ever retired). */
    public long retiredBytes() {
        return counters.waitingBytes();
    }

    /** Bytes released so far. */
    public long freedBytes() {
        return counters.freedBytes();
    }

    /**
     * Stops the background thread (waiting for it, so it reads no registry memory afterwards) and
     * deletes the thread key. Releases nothing: memory still waiting is freed with the engine's
     * arena, which must be closed after this. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        poller.stop();
        Thread thread = pollerThread.getAndSet(null);
        if (thread != null) {
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        registry.close();
    }

    /** The registry this reclaimer reads (for diagnostics and tests in this package). */
    ReaderRegistry registry() {
        return registry;
    }

    /** An open {@link #enterJava()} entry; {@link #close()} throws no checked exception. */
    public interface ReaderScope extends AutoCloseable {
        /** Ends the entry; the outermost one takes the thread offline. Call it on the entering thread. */
        @Override
        void close();
    }

    private void startPollerIfNeeded() {
        if (pollerThread.get() != null) {
            return;
        }
        Thread thread = new Thread(poller, THREAD_NAME);
        thread.setDaemon(true);
        if (pollerThread.compareAndSet(null, thread)) {
            thread.start();
        }
    }
}
