package org.hotlink.parallel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Independent items of one job (the functions of a module, say) done by the calling thread and by
 * threads borrowed from an executor: each thread takes the next item not yet taken until none is
 * left. The caller works too and then waits only for items already taken, so a busy or refusing
 * executor never blocks the job; it just runs on fewer threads. Everything the items wrote is
 * visible to the caller when {@link #forEach} returns.
 */
public final class SharedWork<S> {
    private final int count;
    private final Supplier<S> threadState;
    private final ObjIntConsumer<S> item;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch done;
    private final AtomicReference<Throwable> escaped = new AtomicReference<>();

    private SharedWork(int count, Supplier<S> threadState, ObjIntConsumer<S> item) {
        this.count = count;
        this.threadState = threadState;
        this.item = item;
        this.done = new CountDownLatch(count);
    }

    /**
     * Calls {@code item} once for every index in [0, count), each time with the state of the thread
     * that runs it, and returns when all calls have returned.
     *
     * @param helpers     where helper tasks may run, or null for the calling thread alone
     * @param maxHelpers  how many helper tasks to offer at most
     * @param threadState makes the state one thread uses for all the items it takes (its own parser, say)
     * @param item        does one item; it should handle its own failures, since a throwable it lets
     *                    out is rethrown here only after every item is done
     */
    public static <S> void forEach(int count, Executor helpers, int maxHelpers, Supplier<S> threadState,
                                   ObjIntConsumer<S> item) {
        if (count <= 0) {
            return;
        }
        SharedWork<S> work = new SharedWork<>(count, threadState, item);
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
        Throwable failure = work.escaped.get();
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException(failure);
        }
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
                item.accept(state, i);
            } catch (Throwable e) {
                escaped.compareAndSet(null, e);
            } finally {
                done.countDown();
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
