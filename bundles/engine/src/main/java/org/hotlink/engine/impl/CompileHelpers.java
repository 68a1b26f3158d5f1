package org.hotlink.engine.impl;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine's helper threads for the front and back end: the parser may parse a large module's
 * function bodies, and the back-end generate its functions, several at once on them besides the
 * compiling thread. There are as many as the engine's
 * compile threads allow, but never more than the other cores; daemon threads that end after a
 * while without work, so an idle engine holds none. Closing refuses further work, which back-ends
 * take as "no helpers" (see {@code TargetBackend#compile(Module, CompileOptions, Executor)}).
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

    /** Whether any helper thread may be used. */
    boolean available() {
        return pool != null && !pool.isShutdown();
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
