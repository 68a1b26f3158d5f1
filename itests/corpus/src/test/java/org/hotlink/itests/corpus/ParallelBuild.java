package org.hotlink.itests.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Builds many (program, level) pairs with a small thread pool (2 threads: the machine is shared). */
final class ParallelBuild {

    static final int THREADS = Integer.getInteger("corpus.threads", 2);

    private ParallelBuild() {
    }

    /** Builds every level of every program; the result keeps the order program by program, level by level. */
    static List<BuildOutcome> buildAll(ReferenceBuilder builder, List<CorpusProgram> programs,
                                       Function<CorpusProgram, List<OptLevel>> levels) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<BuildOutcome>> futures = new ArrayList<>();
            for (CorpusProgram program : programs) {
                for (OptLevel level : levels.apply(program)) {
                    String name = program.name() + " " + level.label();
                    futures.add(pool.submit(() -> {
                        try {
                            return new BuildOutcome(name, level, builder.build(program, level), null);
                        } catch (Exception e) {
                            return new BuildOutcome(name, level, null, e);
                        }
                    }));
                }
            }
            List<BuildOutcome> outcomes = new ArrayList<>();
            for (Future<BuildOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the corpus", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected build failure", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
