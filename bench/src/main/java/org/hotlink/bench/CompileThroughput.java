package org.hotlink.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hotlink.backend.x86.X86Backend;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.EngineStatistics;
import org.hotlink.engine.impl.JitEngineFactory;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.hotlink.verifier.impl.ModuleVerifier;

/**
 * Measures Hotlink's compile throughput inside one warmed-up JVM: each .ll file is added to a fresh
 * engine (parse, verify, compile, link) and its externals bound, many times; the figures come from
 * {@link EngineStatistics} of each engine, so engine creation (and its own runtime modules) is not
 * counted.
 *
 * <p>Warm-up: all files round-robin until the measuring thread has used the warm-up CPU time, so the
 * JIT has compiled the whole pipeline before anything is measured; counting CPU time rather than
 * wall time keeps the warm-up the same on a loaded machine, where the thread gets only a share of a
 * core. Then each file runs for the measuring (wall) time, at least {@code MIN_ITERATIONS} times,
 * and the median of every stage is reported.
 *
 * <p>Output on stdout, one tab-separated line per file:
 * {@code file ir_instructions functions code_bytes iterations parse_ns compile_ns link_ns cpu_ns error}
 * (medians in nanoseconds; parse, compile and link are the engine's wall-clock statistics, cpu is the
 * CPU time of the measuring thread across addModule, resolveAll and close plus that of the engines'
 * compile helper threads meanwhile, which a loaded machine disturbs less; error is {@code -} or the
 * failure message). Progress goes to stderr.
 *
 * <p>Usage: {@code CompileThroughput WARMUP_CPU_SECONDS MEASURE_SECONDS FILE.ll...}
 */
public final class CompileThroughput {
    private static final int MIN_ITERATIONS = 5;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time of creating the last engine (its runtime modules), excluded from the module's CPU time. */
    private static long lastEngineSetupCpu;

    private CompileThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CompileThroughput WARMUP_CPU_SECONDS MEASURE_SECONDS FILE.ll...");
            System.exit(64);
        }
        double warmupSeconds = Double.parseDouble(args[0]);
        double measureSeconds = Double.parseDouble(args[1]);
        List<Path> files = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            files.add(file);
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        JitEngineFactory factory = new JitEngineFactory(new TextIrParser(), new ModuleVerifier(),
                new InProcessRuntimeLinker(), new ProcessSymbolResolver(), List.of(new X86Backend()),
                List.of(new DualMapMemoryManager()));

        String[] failures = new String[files.size()];
        long warmupEnd = THREADS.getCurrentThreadCpuTime() + (long) (warmupSeconds * 1e9);
        long warmupStart = System.nanoTime();
        int rounds = 0;
        do {
            for (int i = 0; i < files.size(); i++) {
                if (failures[i] == null) {
                    try {
                        compileOnce(factory, texts.get(i), files.get(i));
                    } catch (Exception | StackOverflowError e) {
                        failures[i] = describe(e);
                    }
                }
            }
            rounds++;
        } while (THREADS.getCurrentThreadCpuTime() < warmupEnd);
        System.err.printf(Locale.ROOT, "compile-throughput: warm-up done, %d rounds over %d files in %.1f s%n",
                rounds, files.size(), (System.nanoTime() - warmupStart) / 1e9);

        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (failures[i] != null) {
                System.out.printf(Locale.ROOT, "%s\t0\t0\t0\t0\t0\t0\t0\t0\t%s%n", file, failures[i]);
                continue;
            }
            System.gc();
            List<EngineStatistics> samples = new ArrayList<>();
            List<Long> cpuSamples = new ArrayList<>();
            long end = System.nanoTime() + (long) (measureSeconds * 1e9);
            try {
                while (samples.size() < MIN_ITERATIONS || System.nanoTime() < end) {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long helpersStart = compileHelpersCpu();
                    samples.add(compileOnce(factory, texts.get(i), file));
                    cpuSamples.add(THREADS.getCurrentThreadCpuTime() - cpuStart - lastEngineSetupCpu
                            + compileHelpersCpu() - helpersStart);
                }
            } catch (Exception | StackOverflowError e) {
                System.out.printf(Locale.ROOT, "%s\t0\t0\t0\t0\t0\t0\t0\t0\t%s%n", file, describe(e));
                continue;
            }
            EngineStatistics first = samples.get(0);
            long[] cpu = cpuSamples.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t-%n", file, first.irInstructions(),
                    first.functionsCompiled(), first.codeBytes(), samples.size(),
                    median(samples, EngineStatistics::parseNanos), median(samples, EngineStatistics::compileNanos),
                    median(samples, EngineStatistics::linkNanos), cpu[cpu.length / 2]);
            System.err.printf(Locale.ROOT, "compile-throughput: %s: %d iterations%n", file, samples.size());
        }
    }

    /** One fresh engine: add the module, bind its externals, read the statistics, free everything. */
    private static EngineStatistics compileOnce(JitEngineFactory factory, String text, Path file) throws Exception {
        long setupStart = THREADS.getCurrentThreadCpuTime();
        try (Engine engine = factory.createEngine(EngineOptions.defaults())) {
            lastEngineSetupCpu = THREADS.getCurrentThreadCpuTime() - setupStart;
            engine.addModule("bench", file.toString(), text);
            engine.resolveAll();
            return engine.statistics();
        }
    }

    /**
     * CPU time used so far by the engines' compile helper threads, which generate functions
     * alongside the measuring thread: their work belongs in the CPU figure too.
     */
    private static long compileHelpersCpu() {
        long total = 0;
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("hotlink-compile-")) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    private static long median(List<EngineStatistics> samples, java.util.function.ToLongFunction<EngineStatistics> f) {
        long[] values = samples.stream().mapToLong(f).toArray();
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\t', ' ').replace('\n', ' ');
    }
}
