package org.hotlink.parallel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Independent items of one job (the functions of a module, say) done by the calling thread and by
 * threads borrowed from an executor: each thread takes the next item not yet taken until none is
 * left. The caller works too and then waits only for items already taken, so a busy or refusing
 * executor never blocks the job; it just runs on fewer threads. Everything the items wrote is
 * visible to the caller when {@link #forEach} returns, and the failure reported is that of the
 * first failing item in index order, as if the items had been done one after another (except that
 * the later ones were done too).
 */
public final class SharedWork<S, E extends Exception> {
    /** One item's work, with the state of the thread doing it. */
    @FunctionalInterface
    public interface Item<S, E extends Exception> {
        void run(S state, int index) throws E;
    }

    private final int count;
    private final Supplier<S> threadState;
    private final Item<S, E> item;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch done;
    private final Throwable[] failures;

    private SharedWork(int count, Supplier<S> threadState, Item<S, E> item) {
        this.count = count;
        this.threadState = threadState;
        this.item = item;
        this.done = new CountDownLatch(count);
        this.failures = new Throwable[count];
    }

    /**
     * Calls {@code item} once for every index in [0, count), each time with the state of the thread
     * that runs it, and returns when all calls have returned.
     *
     * @param helpers     where helper tasks may run, or null for the calling thread alone
     * @param maxHelpers  how many helper tasks to offer at most
     * @param threadState makes the state one thread uses for all the items it takes (its own parser, say)
     * @throws E          the failure of the lowest-numbered item that failed (unchecked ones too)
     */
    public static <S, E extends Exception> void forEach(int count, Executor helpers, int maxHelpers,
                                                        Supplier<S> threadState, Item<S, E> item) throws E {
        if (count <= 0) {
            return;
        }
        SharedWork<S, E> work = new SharedWork<>(count, threadState, item);
        if (helpers != null) {
            for (int i = 0, wanted = Math.min(maxHelpers, count - 1); i < wanted; i++) {
                try {
                    helpers.execute(work::work);
                } catch (RejectedExecutionException e) {
                    break; // fewer helpers: the calling thread does the rest
                }
            }
        }
        work.work();
        work.awaitAll();
        work.rethrowFirstFailure();
    }

    /** Helpers a job may usefully offer work to on this machine: one per further core. */
    public static int otherCores() {
        return Runtime.getRuntime().availableProcessors() - 1;
    }

    private void work() {
        S state = null;
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            try {
                if (state == null) {
                    state = threadState.get();
                }
                item.run(state, i);
            } catch (Throwable e) {
                failures[i] = e;
            } finally {
                done.countDown();
            }
        }
    }

    /** The latch orders every helper's writes before these reads. */
    @SuppressWarnings("unchecked") // an item throws only E or unchecked throwables
    private void rethrowFirstFailure() throws E {
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            } else if (failure != null) {
                throw (E) failure;
            }
        }
    }

    private void awaitAll() {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                // Items already taken by helpers are finished first; the interrupt is kept.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
