package org.hotlink.engine.impl.reclaim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reader records of Java threads calling compiled code: one per thread, claimed on its first
 * entry, online while at least one entry is open (entries nest: a callback from compiled code into
 * Java may call compiled code again) and offline in between.
 *
 * <p>Thread-safe. A thread's {@link JavaReader} is touched only by that thread, except that a
 * thread finding the registry full frees the records of Java threads that have ended (under the
 * lock of the list of all readers, which is never held while calling compiled code or waiting).
 */
final class JavaReaders {
    private final ReaderRegistry registry;
    private final ThreadLocal<JavaReader> current = new ThreadLocal<>();
    private final List<JavaReader> all = new ArrayList<>();
    /** Java threads online without a record (the registry was full): nothing is reclaimed meanwhile. */
    private final AtomicInteger untrackedOnline = new AtomicInteger();

    JavaReaders(ReaderRegistry registry) {
        this.registry = registry;
    }

    /** Makes the calling thread an online reader until the returned scope is closed; nests. */
    Scope enter() {
        JavaReader reader = current.get();
        if (reader == null) {
            reader = new JavaReader(Thread.currentThread());
            current.set(reader);
        }
        if (reader.depth++ == 0) {
            if (reader.record < 0) {
                claimRecord(reader);
            }
            if (reader.record >= 0) {
                registry.markOnline(reader.record);
            } else {
                untrackedOnline.incrementAndGet();
            }
        }
        return new Scope(reader);
    }

    int untrackedOnline() {
        return untrackedOnline.get();
    }

    /** Claims a record for the calling thread's reader; leaves it -1 when the registry stays full. */
    private void claimRecord(JavaReader reader) {
        int record = registry.claimForCurrentThread();
        if (record < 0) {
            freeRecordsOfEndedThreads();
            record = registry.claimForCurrentThread();
        }
        if (record >= 0) {
            reader.record = record;
            synchronized (all) {
                all.add(reader);
            }
        }
    }

    /** Gives back the records of Java threads that have ended: they are offline and nothing else knows them. */
    private void freeRecordsOfEndedThreads() {
        synchronized (all) {
            all.removeIf(reader -> {
                if (reader.thread.isAlive()) {
                    return false;
                }
                registry.free(reader.record);
                return true;
            });
        }
    }

    private void leave(JavaReader reader) {
        if (--reader.depth == 0) {
            if (reader.record >= 0) {
                registry.markOffline(reader.record);
            } else {
                untrackedOnline.decrementAndGet();
            }
        }
    }

    /**
     * One thread's record index (-1 until one could be claimed: the registry was full) and how many
     * entries it has open. Written only by its thread; {@code thread} and a claimed {@code record}
     * are read by others under the lock of the list of all readers.
     */
    private static final class JavaReader {
        final Thread thread;
        int record = -1;
        int depth;

        JavaReader(Thread thread) {
            this.thread = thread;
        }
    }

    /** One open entry of a Java thread; closing it twice, or on another thread, is an error. */
    final class Scope implements QuiescentReclaimer.ReaderScope {
        private final JavaReader reader;
        private boolean closed;

        private Scope(JavaReader reader) {
            this.reader = reader;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (Thread.currentThread() != reader.thread) {
                throw new IllegalStateException("a reader scope must be closed on the thread that opened it");
            }
            closed = true;
            leave(reader);
        }
    }
}
