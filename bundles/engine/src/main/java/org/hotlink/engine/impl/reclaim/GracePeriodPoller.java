package org.hotlink.engine.impl.reclaim;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.hotlink.linker.RetiredMemory;

/**
 * The body of the reclaimer's background thread: takes retired entries from a queue, and while
 * any wait, polls the registry with back-off (1 ms, doubling up to 20 ms; back to 1 ms when
 * something was released or new memory arrived) and releases every entry whose grace period is
 * over. Parks without polling while nothing waits; {@link #wake} ends that park.
 *
 * <p>The waiting list is confined to the poller's thread; it holds no lock while polling, so
 * retirements, redefinitions and lazy compiles never wait for it.
 */
final class GracePeriodPoller implements Runnable {
    static final long MIN_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    static final long MAX_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final System.Logger LOG = System.getLogger(GracePeriodPoller.class.getName());

    private final ReaderRegistry registry;
    private final JavaReaders javaReaders;
    private final Queue<RetiredEntry> incoming;
    private final ReclamationCounters counters;
    private final Membarrier membarrier = new Membarrier();
    private final List<RetiredEntry> waiting = new ArrayList<>();
    private volatile boolean stopped;
    private volatile Thread thread;
    /** Set while the poller parks with nothing waiting, so that only then a retirement wakes it. */
    private volatile boolean idle;

    GracePeriodPoller(ReaderRegistry registry, JavaReaders javaReaders, Queue<RetiredEntry> incoming,
                      ReclamationCounters counters) {
        this.registry = registry;
        this.javaReaders = javaReaders;
        this.incoming = incoming;
        this.counters = counters;
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        long backoff = MIN_BACKOFF_NANOS;
        while (!stopped) {
            // An interrupt has no meaning here; left set it would make every park return at once.
            Thread.interrupted();
            if (takeIncoming()) {
                backoff = MIN_BACKOFF_NANOS;
            }
            if (waiting.isEmpty()) {
                idle = true;
                if (incoming.isEmpty()) {
                    LockSupport.park(this);
                }
                idle = false;
                continue;
            }
            // Checked at most once per back-off, also while memory keeps arriving: a burst of
            // redefinitions is released in one batch, with one membarrier and fewer TLB shootdowns
            // interrupting the redefining thread, instead of one round per redefinition.
            LockSupport.parkNanos(this, backoff);
            takeIncoming();
            if (releaseReadySafely()) {
                backoff = MIN_BACKOFF_NANOS;
            } else {
                backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
            }
        }
    }

    /** Ends an idle park: new memory was retired while nothing waited. A waiting poller keeps its pace. */
    void wake() {
        Thread running = thread;
        if (running != null && idle) {
            LockSupport.unpark(running);
        }
    }

    /** Makes {@link #run} return soon; entries still waiting are left to the engine's arena. */
    void stop() {
        stopped = true;
        Thread running = thread;
        if (running != null) {
            LockSupport.unpark(running);
        }
    }

    private boolean takeIncoming() {
        boolean any = false;
        for (RetiredEntry entry = incoming.poll(); entry != null; entry = incoming.poll()) {
            waiting.add(entry);
            any = true;
        }
        return any;
    }

    /** {@link #releaseReady}, logging instead of ending the thread if it fails: entries would wait forever. */
    private boolean releaseReadySafely() {
        try {
            return releaseReady();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "checking grace periods failed; retrying", e);
            return false;
        }
    }

    /** Releases the entries whose grace period is over; whether there was any. */
    private boolean releaseReady() {
        if (registry.untrackedThreads() > 0 || javaReaders.untrackedOnline() > 0) {
            return false;
        }
        List<ReaderSnapshot> online = registry.onlineReaders();
        List<RetiredEntry> ready = new ArrayList<>();
        boolean code = false;
        for (Iterator<RetiredEntry> it = waiting.iterator(); it.hasNext(); ) {
            RetiredEntry entry = it.next();
            if (entry.isReleasable(online)) {
                it.remove();
                ready.add(entry);
                code |= !entry.code().isEmpty();
            }
        }
        if (ready.isEmpty()) {
            return false;
        }
        if (code) {
            membarrier.synchronizeCores();
        }
        for (RetiredEntry entry : ready) {
            release(entry);
        }
        registry.addWaiting(-ready.size());
        return true;
    }

    private void release(RetiredEntry entry) {
        for (RetiredMemory memory : entry.memory()) {
            try {
                memory.memory().release();
                counters.released(memory.bytes());
            } catch (RuntimeException e) {
                // Keep the thread alive for the other entries; the arena frees the rest at close.
                LOG.log(Level.WARNING, "releasing retired memory of module " + memory.moduleName() + " failed", e);
            }
        }
    }
}
