package org.hotlink.bench.hotswap;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hotlink.backend.x86.X86Backend;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.EngineStatistics;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.engine.impl.JitEngineFactory;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.hotlink.verifier.impl.ModuleVerifier;

/**
 * Hot-swap benchmark of issue 3, run by bench/hotswap/run.sh (not part of the build or of CI).
 * Prints the results as Markdown on stdout, progress on stderr.
 *
 * <ol>
 * <li>Latency: in a warm engine, the wall time of {@code Engine.redefine} for a one-function module
 * of about 50 IR instructions, from new IR text to new code live (redefine returns after the slot
 * store; each new version is called afterwards, untimed, to check it is live). p50 and p99 over the
 * measured redefinitions, beside the GC collections and GC time of the same window.</li>
 * <li>Stub cost: a compiled loop calling a one-instruction function through its entry stub
 * ({@code jmp *slot(%rip)}), against the same loop calling it directly (a sealed module, whose own
 * calls the back-end links directly), and against the instruction inlined.</li>
 * </ol>
 *
 * Arguments: {@code [--quick]} (few repetitions, to check the harness; figures meaningless).
 */
public final class HotSwapBench {
    private static final String TRIPLE = "target triple = \"x86_64-pc-linux-gnu\"\n";
    /** Instructions of the redefined function's body, the final {@code ret} included. */
    private static final int BODY_INSTRUCTIONS = 50;

    private HotSwapBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        // The back-end's and parser's hot methods reach C2 only after several thousand modules on 2 cores.
        int warmup = quick ? 200 : 20_000;
        int measured = quick ? 200 : 1_000;
        long loopIterations = quick ? 10_000_000L : 200_000_000L;
        int loopRuns = quick ? 2 : 7;

        EngineFactory factory = new JitEngineFactory(new TextIrParser(), new ModuleVerifier(),
                new InProcessRuntimeLinker(), new ProcessSymbolResolver(), List.of(new X86Backend()),
                List.of(new DualMapMemoryManager()));
        StringBuilder report = new StringBuilder();
        report.append("### Hot-swap latency\n\n");
        report.append("One-function module, ").append(BODY_INSTRUCTIONS).append(" IR instructions; ")
                .append(warmup).append(" warm-up redefinitions, then ").append(measured).append(" measured, in one ")
                .append("engine per reclamation policy. Wall time of `Engine.redefine` (parse, verify, plan, ")
                .append("compile, link, publish); the new version is called after each (untimed) to check it is ")
                .append("live. No other thread runs compiled code.\n\n");
        report.append("| reclamation | p50 | p90 | p99 | max | mean | p50 of the thread's CPU time "
                + "| GC in the window: collections, time | target p50 < 200 us, p99 < 2 ms (wall) |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder notes = new StringBuilder();
        // NEVER first: its window then also warms the JIT further for QUIESCENT (measured to matter on 2 cores).
        for (ReclamationPolicy policy : List.of(ReclamationPolicy.NEVER, ReclamationPolicy.QUIESCENT)) {
            try (Engine engine = factory.createEngine(EngineOptions.defaults().withReclamation(policy))) {
                latency(engine, policy, warmup, measured, report, notes);
            }
        }
        report.append('\n').append(notes);
        try (Engine engine = factory.createEngine(EngineOptions.defaults())) {
            stubCost(engine, loopIterations, loopRuns, report);
        }
        System.out.print(report);
    }

    // ---- 1. hot-swap latency ----

    private static void latency(Engine engine, ReclamationPolicy policy, int warmup, int measured,
                                StringBuilder report, StringBuilder notes) throws Exception {
        engine.add("swapped", chainModule(0));
        int version = 0;
        log("latency %s: %d warm-up redefinitions", policy, warmup);
        for (int i = 0; i < warmup; i++) {
            redefineAndCheck(engine, ++version);
        }
        // Every text is made before timing: the figure is the engine's, not the string formatting's.
        String[] texts = new String[measured];
        for (int i = 0; i < measured; i++) {
            texts[i] = chainModule(version + 1 + i);
        }
        long[] nanos = new long[measured];
        long[] cpuNanos = new long[measured];
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        int samplesWithGc = 0;
        long[][] gcBeforeWindow = gcSnapshot();
        EngineStatistics statsBefore = engine.statistics();
        log("latency %s: %d measured redefinitions", policy, measured);
        for (int i = 0; i < measured; i++) {
            long gcBefore = gcCount();
            long cpuStart = cpuClock.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            engine.redefine("swapped", texts[i]);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = cpuClock.getCurrentThreadCpuTime() - cpuStart;
            if (gcCount() != gcBefore) {
                samplesWithGc++;
            }
            version++;
            check(engine, version);
        }
        long[][] gcAfterWindow = gcSnapshot();
        EngineStatistics statsAfter = engine.statistics();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long[] sortedCpu = cpuNanos.clone();
        Arrays.sort(sortedCpu);
        report.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", policy,
                micros(percentile(sorted, 0.50)), micros(percentile(sorted, 0.90)),
                micros(percentile(sorted, 0.99)), micros(sorted[sorted.length - 1]),
                micros((long) Arrays.stream(nanos).average().orElseThrow()), micros(percentile(sortedCpu, 0.50)),
                gcTotals(gcBeforeWindow, gcAfterWindow),
                percentile(sorted, 0.50) < 200_000 && percentile(sorted, 0.99) < 2_000_000 ? "met" : "missed"));
        long total = Arrays.stream(nanos).sum();
        notes.append(String.format("%s: mean per redefinition from `Engine.statistics()`: parse + verify %s, compile %s, "
                        + "link %s; the rest of the mean wall time (plan, publish, bookkeeping, waiting for a core) %s.%n%n",
                policy, micros((statsAfter.parseNanos() - statsBefore.parseNanos()) / measured),
                micros((statsAfter.compileNanos() - statsBefore.compileNanos()) / measured),
                micros((statsAfter.linkNanos() - statsBefore.linkNanos()) / measured),
                micros((total - (statsAfter.parseNanos() - statsBefore.parseNanos())
                        - (statsAfter.compileNanos() - statsBefore.compileNanos())
                        - (statsAfter.linkNanos() - statsBefore.linkNanos())) / measured)));
        notes.append(String.format("%s: GC during the %d measured redefinitions (GarbageCollectorMXBean): %s; "
                + "%d of the %d samples had a collection during them. Engine memory after %d redefinitions: %s.%n%n",
                policy, measured, gcDifference(gcBeforeWindow, gcAfterWindow), samplesWithGc, measured, version,
                engine.memory()));
    }

    /**
     * A module defining {@code i64 @chain(i64 %x)}: {@code BODY_INSTRUCTIONS - 1} arithmetic
     * instructions in a dependent chain, the last adding {@code version}, then ret.
     */
    private static String chainModule(int version) {
        StringBuilder ir = new StringBuilder(TRIPLE).append("define i64 @chain(i64 %x) {\n");
        String previous = "%x";
        int operations = BODY_INSTRUCTIONS - 1;
        for (int i = 0; i < operations; i++) {
            String name = "%v" + i;
            long constant = i == operations - 1 ? version : 3 + i;
            ir.append("  ").append(name).append(" = ").append(OPERATIONS[i % OPERATIONS.length])
                    .append(" i64 ").append(previous).append(", ").append(constant).append('\n');
            previous = name;
        }
        return ir.append("  ret i64 ").append(previous).append("\n}\n").toString();
    }

    private static final String[] OPERATIONS = {"add", "mul", "xor", "sub"};

    /** What {@code @chain(x)} of {@code version} returns, computed as the IR does (two's complement, wrapping). */
    private static long chainValue(long x, int version) {
        int operations = BODY_INSTRUCTIONS - 1;
        long value = x;
        for (int i = 0; i < operations; i++) {
            long constant = i == operations - 1 ? version : 3 + i;
            value = switch (OPERATIONS[i % OPERATIONS.length]) {
                case "add" -> value + constant;
                case "mul" -> value * constant;
                case "xor" -> value ^ constant;
                case "sub" -> value - constant;
                default -> throw new IllegalStateException();
            };
        }
        return value;
    }

    private static void redefineAndCheck(Engine engine, int version) throws Exception {
        engine.redefine("swapped", chainModule(version));
        check(engine, version);
    }

    private static void check(Engine engine, int version) throws Exception {
        long got = engine.invokeLong("chain", 5);
        if (got != chainValue(5, version)) {
            throw new IllegalStateException("after redefinition " + version + " @chain(5) returned " + got
                    + ", expected " + chainValue(5, version) + ": the new code is not live");
        }
    }

    // ---- 2. cost of a call through an entry stub ----

    private static final String TINY = TRIPLE + """
            define i64 @tiny(i64 %x) {
              %r = add i64 %x, 3
              ret i64 %r
            }
            """;

    private static final String LOOPS = TRIPLE + """
            declare i64 @tiny(i64)

            define i64 @loop_through_stub(i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
              %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
              %acc.next = call i64 @tiny(i64 %acc)
              %i.next = add i64 %i, 1
              %done = icmp eq i64 %i.next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %acc.next
            }

            define i64 @loop_inlined(i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
              %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
              %acc.next = add i64 %acc, 3
              %i.next = add i64 %i, 1
              %done = icmp eq i64 %i.next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %acc.next
            }
            """;

    /** The same loop and callee in one sealed module: the call is a direct {@code call rel32} to the code. */
    private static final String DIRECT = TRIPLE + """
            define i64 @tiny_direct(i64 %x) {
              %r = add i64 %x, 3
              ret i64 %r
            }

            define i64 @loop_direct(i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
              %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
              %acc.next = call i64 @tiny_direct(i64 %acc)
              %i.next = add i64 %i, 1
              %done = icmp eq i64 %i.next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %acc.next
            }
            """;

    private static void stubCost(Engine engine, long iterations, int runs, StringBuilder report) throws Exception {
        engine.add("tiny", TINY);
        engine.add("loops", LOOPS);
        engine.addModule("direct", "direct.ll", DIRECT, org.hotlink.engine.CompileMode.SEALED);
        engine.resolveAll();
        double throughStub = bestNanosPerIteration(engine, "loop_through_stub", iterations, runs);
        double direct = bestNanosPerIteration(engine, "loop_direct", iterations, runs);
        double inlined = bestNanosPerIteration(engine, "loop_inlined", iterations, runs);
        report.append("### Cost of a call through an entry stub\n\n");
        report.append("A compiled loop calling `@tiny` (one `add`) through its entry stub (`call` to the stub, "
                + "`jmp *slot(%rip)`), against the same loop and callee in a module added with "
                + "`CompileMode.SEALED`, where the back-end emits a direct `call rel32` to the callee's code, and "
                + "against the loop with the `add` inlined. Best of ").append(runs).append(" runs of ")
                .append(iterations).append(" iterations, each one `invokeLong` call, in CPU time of the calling ")
                .append("thread.\n\n");
        report.append("| loop | ns/iteration (CPU time) |\n|---|---|\n");
        report.append(String.format("| calls `@tiny` through its stub | %.2f |%n", throughStub));
        report.append(String.format("| calls `@tiny_direct` directly (sealed module) | %.2f |%n", direct));
        report.append(String.format("| `add` inlined | %.2f |%n", inlined));
        report.append(String.format("| **stub over direct call** | **%.2f ns/call** |%n", throughStub - direct));
        report.append(String.format("| direct call + return over inlined | %.2f ns/call |%n%n", direct - inlined));
    }

    /**
     * Best of {@code runs} calls of {@code loop(iterations)}, in CPU time of this thread (the loop runs
     * on it, inside invokeLong): on a loaded machine wall time would count the time others had the core.
     */
    private static double bestNanosPerIteration(Engine engine, String loop, long iterations, int runs)
            throws Exception {
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = cpuClock.getCurrentThreadCpuTime();
            long result = engine.invokeLong(loop, iterations);
            long elapsed = cpuClock.getCurrentThreadCpuTime() - start;
            if (result != 3 * iterations) {
                throw new IllegalStateException(loop + "(" + iterations + ") returned " + result);
            }
            best = Math.min(best, elapsed);
            log("stub cost: %s run %d: %.2f ns/iteration (CPU)", loop, run, (double) elapsed / iterations);
        }
        return (double) best / iterations;
    }

    // ---- helpers ----

    private static long percentile(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String micros(long nanos) {
        return String.format("%.0f us", nanos / 1e3);
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    /** Per collector: {collection count, collection time in ms}, in the order of the MXBeans. */
    private static long[][] gcSnapshot() {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        long[][] snapshot = new long[collectors.size()][];
        for (int i = 0; i < snapshot.length; i++) {
            snapshot[i] = new long[] {collectors.get(i).getCollectionCount(), collectors.get(i).getCollectionTime()};
        }
        return snapshot;
    }

    private static String gcTotals(long[][] before, long[][] after) {
        long collections = 0;
        long millis = 0;
        for (int i = 0; i < before.length; i++) {
            collections += after[i][0] - before[i][0];
            millis += after[i][1] - before[i][1];
        }
        return collections + ", " + millis + " ms";
    }

    private static String gcDifference(long[][] before, long[][] after) {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            parts.add(String.format("%s %d collections, %d ms", collectors.get(i).getName(),
                    after[i][0] - before[i][0], after[i][1] - before[i][1]));
        }
        return String.join("; ", parts);
    }

    private static void log(String format, Object... args) {
        System.err.println("hotswap-bench: " + String.format(format, args));
    }
}
