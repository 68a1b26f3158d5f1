package org.hotlink.bench.lazy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hotlink.backend.x86.X86Backend;
import org.hotlink.engine.CompileMode;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.EngineStatistics;
import org.hotlink.engine.impl.JitEngineFactory;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.hotlink.verifier.impl.ModuleVerifier;

/**
 * Lazy-compilation benchmark, run by bench/lazy/run.sh (not part of the build or of CI). Prints the
 * in-process results as Markdown on stdout, progress on stderr. The command-line and lli-19 figures
 * are measured by run.sh itself.
 *
 * <ol>
 * <li>Compile time and time to first result: {@code many.ll} (clang-19 -O0 of a C file of 5,000
 * functions; {@code run10} calls ten of them, which call nothing) is added to a fresh engine, lazily
 * or eagerly ({@code addModule(..., CompileMode)}), and {@code run10} is invoked once. Per round:
 * {@code compileNanos} of {@code Engine.statistics()} after the add and after that first call, and
 * the wall time from the start of {@code addModule} to the return of the first {@code invokeInt("run10")}.
 * Lazy and eager rounds alternate (so load from other work hits both alike); warm-up rounds first,
 * then medians over the measured rounds.</li>
 * <li>First call through the trampoline: in one warm lazy engine, many one-function modules
 * ({@code i64 @tK(i64)}: one {@code add}); per module the wall time of the first
 * {@code invokeLong("tK", ..)} (trampoline, compile, link, slot store, then the code) and of the
 * second (the plain call from Java), with the engine's compile and link nanoseconds of that first call.</li>
 * <li>Later calls: a compiled loop calling {@code @leaf} (one {@code add}) through its entry stub
 * n times, in a module added lazily (after one call that compiled both), eagerly and sealed
 * (calls inside the module go straight to the code: the reference without a stub). Best of the
 * runs, in CPU time of the calling thread.</li>
 * </ol>
 *
 * Arguments: {@code --ll PATH} (the generated many.ll) {@code [--quick]} (few repetitions, checks the
 * harness; figures meaningless).
 */
public final class LazyBench {
    private static final String TRIPLE = "target triple = \"x86_64-pc-linux-gnu\"\n";

    private LazyBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        int llIndex = arguments.indexOf("--ll");
        if (llIndex < 0 || llIndex + 1 >= args.length) {
            throw new IllegalArgumentException("usage: LazyBench --ll many.ll [--quick]");
        }
        Path ll = Path.of(args[llIndex + 1]);
        int warmupRounds = quick ? 1 : 5;
        int measuredRounds = quick ? 3 : 11;
        int warmupCalls = quick ? 200 : 2_000;
        int measuredCalls = quick ? 200 : 2_000;
        long loopIterations = quick ? 10_000_000L : 100_000_000L;
        int loopRuns = quick ? 2 : 7;

        EngineFactory factory = new JitEngineFactory(new TextIrParser(), new ModuleVerifier(),
                new InProcessRuntimeLinker(), new ProcessSymbolResolver(), List.of(new X86Backend()),
                List.of(new DualMapMemoryManager()));
        StringBuilder report = new StringBuilder();
        bigModule(factory, ll, warmupRounds, measuredRounds, report);
        firstCall(factory, warmupCalls, measuredCalls, report);
        laterCalls(factory, loopIterations, loopRuns, report);
        System.out.print(report);
    }

    // ---- 1 and 2. compile time and time to first result on many.ll ----

    /** What one round of {@link #bigRound} measured. */
    private record Round(long addNanos, long firstCallNanos, long compileAfterAdd, long compileAfterCall,
                         long parseNanos, long linkAfterCall, long functionsAfterAdd, long functionsAfterCall) {
        long toFirstResult() {
            return addNanos + firstCallNanos;
        }
    }

    private static void bigModule(EngineFactory factory, Path ll, int warmupRounds, int measuredRounds,
                                  StringBuilder report) throws Exception {
        String text = Files.readString(ll);
        int expected = expectedRun10(text);
        for (int round = 0; round < warmupRounds; round++) {
            for (CompileMode mode : new CompileMode[] {CompileMode.LAZY, CompileMode.EAGER}) {
                Round r = bigRound(factory, text, mode, expected);
                log("many.ll warm-up %d %s: to first result %.1f ms, compile %.1f ms", round, mode,
                        r.toFirstResult() / 1e6, r.compileAfterCall() / 1e6);
            }
        }
        List<Round> lazy = new ArrayList<>();
        List<Round> eager = new ArrayList<>();
        for (int round = 0; round < measuredRounds; round++) {
            for (CompileMode mode : new CompileMode[] {CompileMode.LAZY, CompileMode.EAGER}) {
                Round r = bigRound(factory, text, mode, expected);
                (mode == CompileMode.LAZY ? lazy : eager).add(r);
                log("many.ll round %d %s: to first result %.1f ms, compile %.1f ms", round, mode,
                        r.toFirstResult() / 1e6, r.compileAfterCall() / 1e6);
            }
        }
        long lazyCompile = median(lazy, Round::compileAfterCall);
        long eagerCompile = median(eager, Round::compileAfterCall);
        long lazyFirst = median(lazy, Round::toFirstResult);
        long eagerFirst = median(eager, Round::toFirstResult);
        Round lazyAny = lazy.get(0);
        Round eagerAny = eager.get(0);

        report.append("### Compile time, warm JVM\n\n");
        report.append(String.format("`many.ll`: %,d bytes of IR, %,d functions compiled eagerly; `run10` calls ten "
                        + "of them. A fresh engine per round, the module added with `CompileMode.LAZY` or `EAGER`, then "
                        + "`invokeInt(\"run10\")` once (checked: %d). %d warm-up rounds per mode, then the median of "
                        + "%d; `compile_ms` is `Engine.statistics().compileNanos()`.%n%n",
                text.length(), eagerAny.functionsAfterCall(), expected, warmupRounds, measuredRounds,
                measuredRounds));
        report.append("| mode | compile_ms after `addModule` | compile_ms after the first `run10` | functions compiled "
                + "| parse_ms (parse + verify) | link_ms after the first `run10` |\n|---|---|---|---|---|---|\n");
        for (List<Round> rounds : List.of(lazy, eager)) {
            Round any = rounds.get(0);
            report.append(String.format("| %s | %s | %s | %d | %s | %s |%n", rounds == lazy ? "lazy" : "eager",
                    millis(median(rounds, Round::compileAfterAdd)), millis(median(rounds, Round::compileAfterCall)),
                    any.functionsAfterCall(), millis(median(rounds, Round::parseNanos)),
                    millis(median(rounds, Round::linkAfterCall))));
        }
        report.append(String.format("%nEager / lazy compile time (after the first `run10`): **%s** (target at least 10x: %s).%n",
                ratio(eagerCompile, lazyCompile), (double) eagerCompile >= 10.0 * lazyCompile ? "met" : "missed"));
        long lazyFunctions = lazyAny.functionsAfterCall() - lazyAny.functionsAfterAdd();
        long eagerFunctions = eagerAny.functionsAfterCall();
        report.append(String.format("Per function compiled (median compile time / functions): lazy, during the first "
                        + "`run10`: %s for %d functions, %s each; eager: %s each.%n%n",
                millis(median(lazy, r -> r.compileAfterCall() - r.compileAfterAdd())), lazyFunctions,
                micros(median(lazy, r -> r.compileAfterCall() - r.compileAfterAdd()) / Math.max(1, lazyFunctions)),
                micros(eagerCompile / Math.max(1, eagerFunctions))));

        report.append("### Time to first result, warm JVM\n\n");
        report.append("Same rounds: wall time from the start of `addModule` to the return of the first "
                + "`invokeInt(\"run10\")`, median.\n\n");
        report.append("| mode | `addModule` | first `run10` (lazy: compiles what it calls) | to first result |\n"
                + "|---|---|---|---|\n");
        for (List<Round> rounds : List.of(lazy, eager)) {
            report.append(String.format("| %s | %s | %s | %s |%n", rounds == lazy ? "lazy" : "eager",
                    millis(median(rounds, Round::addNanos)), millis(median(rounds, Round::firstCallNanos)),
                    millis(median(rounds, Round::toFirstResult))));
        }
        report.append(String.format("%nEager / lazy time to first result: **%s**. Lazy functions compiled by the "
                        + "first `run10`: %d (after `addModule`: %d).%n%n",
                ratio(eagerFirst, lazyFirst), lazyAny.functionsAfterCall() - lazyAny.functionsAfterAdd(),
                lazyAny.functionsAfterAdd()));
    }

    private static Round bigRound(EngineFactory factory, String text, CompileMode mode, int expected)
            throws Exception {
        try (Engine engine = factory.createEngine(EngineOptions.defaults())) {
            long start = System.nanoTime();
            engine.addModule("many", "many.ll", text, mode);
            long added = System.nanoTime();
            EngineStatistics afterAdd = engine.statistics(); // read between the two timed parts
            long callStart = System.nanoTime();
            int result = engine.invokeInt("run10");
            long returned = System.nanoTime();
            if (result != expected) {
                throw new IllegalStateException(mode + ": run10() returned " + result + ", expected " + expected);
            }
            EngineStatistics afterCall = engine.statistics();
            return new Round(added - start, returned - callStart, afterAdd.compileNanos(), afterCall.compileNanos(),
                    afterCall.parseNanos(), afterCall.linkNanos(), afterAdd.functionsCompiled(),
                    afterCall.functionsCompiled());
        }
    }

    /**
     * What {@code run10} returns, from the C source's formula: the ten calls named in the IR's
     * {@code @run10} body, {@code fN(x) = x * (N % 97 + 1) + (x ^ N) - N % 13} in 32-bit arithmetic.
     */
    private static int expectedRun10(String text) {
        int start = text.indexOf("define dso_local i32 @run10(");
        if (start < 0) {
            start = text.indexOf("@run10(");
        }
        if (start < 0) {
            throw new IllegalStateException("many.ll defines no @run10");
        }
        int end = text.indexOf("\n}", start);
        java.util.regex.Matcher call = java.util.regex.Pattern.compile("call i32 @f(\\d+)\\(i32 noundef (-?\\d+)\\)")
                .matcher(text.substring(start, end));
        int sum = 0;
        int calls = 0;
        while (call.find()) {
            int n = Integer.parseInt(call.group(1));
            int x = Integer.parseInt(call.group(2));
            sum += x * (n % 97 + 1) + (x ^ n) - n % 13;
            calls++;
        }
        if (calls != 10) {
            throw new IllegalStateException("@run10 of many.ll makes " + calls + " calls, not 10");
        }
        return sum;
    }

    // ---- 3. first call through the trampoline ----

    private static String tinyModule(int k) {
        return TRIPLE + "define i64 @t" + k + "(i64 %x) {\n  %r = add i64 %x, " + k + "\n  ret i64 %r\n}\n";
    }

    private static void firstCall(EngineFactory factory, int warmup, int measured, StringBuilder report)
            throws Exception {
        long[] first = new long[measured];
        long[] second = new long[measured];
        long[] compile = new long[measured];
        long[] link = new long[measured];
        try (Engine engine = factory.createEngine(EngineOptions.defaults().withLazy(true))) {
            log("first call: %d warm-up modules", warmup);
            int k = 0;
            for (int i = 0; i < warmup; i++, k++) {
                engine.addModule("m" + k, "m" + k + ".ll", tinyModule(k), CompileMode.LAZY);
                check(engine.invokeLong("t" + k, 1), 1 + k, "t" + k);
                check(engine.invokeLong("t" + k, 2), 2 + k, "t" + k);
            }
            log("first call: %d measured modules", measured);
            for (int i = 0; i < measured; i++, k++) {
                String name = "t" + k;
                engine.addModule("m" + k, "m" + k + ".ll", tinyModule(k), CompileMode.LAZY);
                EngineStatistics before = engine.statistics();
                long start = System.nanoTime();
                long r1 = engine.invokeLong(name, 1);
                long mid = System.nanoTime();
                long r2 = engine.invokeLong(name, 2);
                long end = System.nanoTime();
                EngineStatistics after = engine.statistics();
                check(r1, 1 + k, name);
                check(r2, 2 + k, name);
                if (after.functionsCompiled() - before.functionsCompiled() != 1) {
                    throw new IllegalStateException("the first call of @" + name + " compiled "
                            + (after.functionsCompiled() - before.functionsCompiled()) + " functions, not 1");
                }
                first[i] = mid - start;
                second[i] = end - mid;
                compile[i] = after.compileNanos() - before.compileNanos();
                link[i] = after.linkNanos() - before.linkNanos();
            }
        }
        long[] rest = new long[measured];
        for (int i = 0; i < measured; i++) {
            rest[i] = first[i] - second[i] - compile[i] - link[i];
        }
        report.append("### First call through the compile trampoline\n\n");
        report.append(String.format("One warm lazy engine; %d warm-up then %d measured one-function modules "
                + "(`i64 @tK(i64)`, one `add`), each added lazily, then called twice with `invokeLong`. Wall time "
                + "of each call; compile and link are the deltas of `Engine.statistics()` over the first call. "
                + "\"Rest\" is first - second - compile - link per sample: trampoline, JNA callback, lookup of the "
                + "lazy version, slot store.%n%n", warmup, measured));
        report.append("| | p50 | p90 | p99 |\n|---|---|---|---|\n");
        row(report, "first call (trampoline + compile + link + call)", first);
        row(report, "second call (the plain `invokeLong`)", second);
        row(report, "compile of the function (compileNanos delta)", compile);
        row(report, "link of the function (linkNanos delta)", link);
        row(report, "rest", rest);
        report.append(String.format("%nFirst-call overhead (p50 first - p50 second): **%s**.%n%n",
                micros(percentile(first, 0.5) - percentile(second, 0.5))));
    }

    private static void row(StringBuilder report, String label, long[] nanos) {
        report.append(String.format("| %s | %s | %s | %s |%n", label, micros(percentile(nanos, 0.50)),
                micros(percentile(nanos, 0.90)), micros(percentile(nanos, 0.99))));
    }

    // ---- 4. later calls ----

    private static final String LOOP = TRIPLE + """
            define i64 @leaf(i64 %x) {
              %r = add i64 %x, 3
              ret i64 %r
            }

            define i64 @loop(i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
              %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
              %acc.next = call i64 @leaf(i64 %acc)
              %i.next = add i64 %i, 1
              %done = icmp eq i64 %i.next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %acc.next
            }
            """;

    private static void laterCalls(EngineFactory factory, long iterations, int runs, StringBuilder report)
            throws Exception {
        report.append("### Later calls\n\n");
        report.append(String.format("A compiled loop calling `@leaf` (one `add`) %,d times, both in one module, "
                + "in a fresh engine per mode; `loop(1)` is called first (in lazy mode it compiles both functions, "
                + "untimed). Best of %d runs, CPU time of the calling thread. Lazy and eager calls both go "
                + "through `@leaf`'s entry stub; in a sealed module calls between its own functions are direct "
                + "(the reference without a stub).%n%n", iterations, runs));
        report.append("| mode | ns/iteration (CPU time) | functions compiled by `loop(1)` |\n|---|---|---|\n");
        double lazy = Double.NaN;
        double eager = Double.NaN;
        for (CompileMode mode : new CompileMode[] {CompileMode.LAZY, CompileMode.EAGER, CompileMode.SEALED}) {
            try (Engine engine = factory.createEngine(EngineOptions.defaults())) {
                engine.addModule("loop", "loop.ll", LOOP, mode);
                long before = engine.statistics().functionsCompiled();
                check(engine.invokeLong("loop", 1), 3, "loop");
                long compiled = engine.statistics().functionsCompiled() - before;
                double perIteration = bestNanosPerIteration(engine, mode, iterations, runs);
                if (mode == CompileMode.LAZY) {
                    lazy = perIteration;
                } else if (mode == CompileMode.EAGER) {
                    eager = perIteration;
                }
                report.append(String.format("| %s | %.2f | %d |%n", mode.name().toLowerCase(), perIteration,
                        compiled));
            } catch (Exception | Error e) {
                report.append(String.format("| %s | failed: %s | |%n", mode.name().toLowerCase(),
                        e.toString().replace('|', '/').replace('\n', ' ')));
                log("later calls %s failed: %s", mode, e);
            }
        }
        report.append(String.format("%nLazy - eager: %.2f ns/iteration (expected about 0: after the first call "
                + "the stub's slot points at the code in both).%n%n", lazy - eager));
    }

    private static double bestNanosPerIteration(Engine engine, CompileMode mode, long iterations, int runs)
            throws Exception {
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = cpuClock.getCurrentThreadCpuTime();
            long result = engine.invokeLong("loop", iterations);
            long elapsed = cpuClock.getCurrentThreadCpuTime() - start;
            check(result, 3 * iterations, "loop");
            best = Math.min(best, elapsed);
            log("later calls %s run %d: %.2f ns/iteration (CPU)", mode, run, (double) elapsed / iterations);
        }
        return (double) best / iterations;
    }

    // ---- helpers ----

    private static void check(long got, long expected, String function) {
        if (got != expected) {
            throw new IllegalStateException("@" + function + " returned " + got + ", expected " + expected);
        }
    }

    private static long median(List<Round> rounds, java.util.function.ToLongFunction<Round> value) {
        return percentile(rounds.stream().mapToLong(value).toArray(), 0.5);
    }

    private static long percentile(long[] values, double fraction) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static String micros(long nanos) {
        return String.format("%.0f us", nanos / 1e3);
    }

    private static String ratio(long numerator, long denominator) {
        return denominator <= 0 ? "n/a" : String.format("%.1fx", (double) numerator / denominator);
    }

    private static void log(String format, Object... args) {
        System.err.println("lazy-bench: " + String.format(format, args));
    }
}
