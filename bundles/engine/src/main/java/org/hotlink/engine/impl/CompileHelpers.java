package org.hotlink.engine.impl;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine's helper threads for the front and back end: the parser may parse a large module's
 * function bodies, the verifier check its functions and the back-end generate them, several at
 * once on these threads besides the compiling one. There are as many as the engine's compile
 * threads allow, but never more than the other cores; daemon threads that end after a while
 * without work, so an idle engine holds none. After closing, and with no helper at all, the
 * services are given no executor ({@link #ifAvailable}), so they do the work on the calling thread.
 */
final class CompileHelpers implements Executor, AutoCloseable {
    private static final long IDLE_SECONDS = 30;
    private final ThreadPoolExecutor pool;

    CompileHelpers(int compileThreads) {
        int helpers = Math.min(compileThreads, Runtime.getRuntime().availableProcessors()) - 1;
        if (helpers < 1) {
            pool = null;
            return;
        }
        AtomicInteger created = new AtomicInteger();
        pool = new ThreadPoolExecutor(helpers, helpers, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "hotlink-compile-" + created.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /** This executor while helper threads may be used, otherwise null (what the services take for "none"). */
    Executor ifAvailable() {
        return pool != null && !pool.isShutdown() ? this : null;
    }

    @Override
    public void execute(Runnable task) {
        if (pool == null) {
            throw new RejectedExecutionException("no compile helper threads");
        }
        pool.execute(task);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
