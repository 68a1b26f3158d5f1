import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.ir.Argument;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Module;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.verifier.impl.ModuleVerifier;

/**
 * Parser and verifier throughput in IR instructions per CPU second of this thread, and a canonical
 * model dump for before/after comparisons. Usage:
 * {@code bench WARMUP_CPU_S MEASURE_CPU_S FILE...}, {@code dump FILE...}, {@code loop CPU_S FILE...} (for profiling).
 */
public final class ParserBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        switch (mode) {
            case "bench" -> bench(Double.parseDouble(args[1]), Double.parseDouble(args[2]), read(args, 3));
            case "dump" -> {
                for (int i = 1; i < args.length; i++) {
                    System.out.print(dumpFile(Path.of(args[i])));
                }
            }
            case "loop" -> loop(Double.parseDouble(args[1]), read(args, 2));
            case "lex" -> lex(Double.parseDouble(args[1]), read(args, 2));
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static List<String[]> read(String[] args, int from) throws Exception {
        List<String[]> files = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            files.add(new String[] {args[i], Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)});
        }
        return files;
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static void loop(double seconds, List<String[]> files) throws Exception {
        TextIrParser parser = new TextIrParser();
        ModuleVerifier verifier = new ModuleVerifier();
        long end = cpu() + (long) (seconds * 1e9);
        while (cpu() < end) {
            for (String[] f : files) {
                verifier.verify(parser.parse(f[0], f[1]));
            }
        }
    }

    private static final java.lang.reflect.Method PROBE_LEX = probe("lex");
    private static final java.lang.reflect.Method PROBE_SOURCE = probe("source");

    /** LexProbe is compiled only against the current sources (it uses package-private API). */
    private static java.lang.reflect.Method probe(String name) {
        try {
            return Class.forName("org.hotlink.parser.text.LexProbe").getMethod(name, String.class);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static void lex(double seconds, List<String[]> files) throws Exception {
        for (int phase = 0; phase < 2; phase++) {
            long tokens = 0;
            long rounds = 0;
            long start = cpu();
            long end = start + (long) (seconds * 1e9);
            do {
                for (String[] f : files) {
                    tokens += (Integer) PROBE_LEX.invoke(null, f[1]);
                }
                rounds++;
            } while (cpu() < end);
            long ns = cpu() - start;
            long srcRounds = 0;
            long srcStart = cpu();
            do {
                for (String[] f : files) {
                    PROBE_SOURCE.invoke(null, f[1]);
                }
                srcRounds++;
            } while (cpu() < srcStart + 1_000_000_000L);
            long srcNs = cpu() - srcStart;
            System.out.printf(Locale.ROOT, "lex: %d tokens per round, %.3f ms per round, %.1f ns/token; line table %.3f ms%n",
                    tokens / rounds, ns / 1e6 / rounds, (double) ns / tokens, srcNs / 1e6 / srcRounds);
        }
    }

    private static void bench(double warmup, double measure, List<String[]> files) throws Exception {
        TextIrParser parser = new TextIrParser();
        ModuleVerifier verifier = new ModuleVerifier();
        long instructions = 0;
        List<Module> modules = new ArrayList<>();
        for (String[] f : files) {
            Module m = parser.parse(f[0], f[1]);
            modules.add(m);
            instructions += m.instructionCount();
        }
        long end = cpu() + (long) (warmup * 1e9);
        while (cpu() < end) {
            for (String[] f : files) {
                verifier.verify(parser.parse(f[0], f[1]));
            }
        }
        System.gc();
        // parse
        long parseRounds = 0;
        long start = cpu();
        end = start + (long) (measure * 1e9);
        do {
            for (String[] f : files) {
                parser.parse(f[0], f[1]);
            }
            parseRounds++;
        } while (cpu() < end);
        long parseNs = cpu() - start;
        System.gc();
        long verifyRounds = 0;
        start = cpu();
        end = start + (long) (measure * 1e9);
        do {
            for (Module m : modules) {
                verifier.verify(m);
            }
            verifyRounds++;
        } while (cpu() < end);
        long verifyNs = cpu() - start;
        double parseRate = instructions * parseRounds / (parseNs / 1e9);
        double verifyRate = instructions * verifyRounds / (verifyNs / 1e9);
        double both = instructions / (instructions / parseRate + instructions / verifyRate);
        System.out.printf(Locale.ROOT, "instructions=%d files=%d%n", instructions, files.size());
        System.out.printf(Locale.ROOT, "parse:  %d rounds, %.3f ms CPU per round, %.3f M instructions/s%n",
                parseRounds, parseNs / 1e6 / parseRounds, parseRate / 1e6);
        System.out.printf(Locale.ROOT, "verify: %d rounds, %.3f ms CPU per round, %.3f M instructions/s%n",
                verifyRounds, verifyNs / 1e6 / verifyRounds, verifyRate / 1e6);
        System.out.printf(Locale.ROOT, "parse+verify: %.3f M instructions/s%n", both / 1e6);
    }

    // ---- dump ----

    private static String dumpFile(Path path) throws Exception {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder("== ").append(path).append('\n');
        Module m;
        try {
            m = new TextIrParser().parse(path.toString(), text);
        } catch (Exception e) {
            return out.append("PARSE ERROR ").append(e.getClass().getName()).append(": ").append(e.getMessage())
                    .append(" @ ").append(locationOf(e)).append('\n').toString();
        }
        new Dumper(out).module(m);
        try {
            new ModuleVerifier().verify(m);
            out.append("VERIFY OK\n");
        } catch (Exception e) {
            out.append("VERIFY ERROR ").append(e.getClass().getName()).append(": ").append(e.getMessage())
                    .append(" @ ").append(locationOf(e)).append('\n');
        }
        return out.toString();
    }

    private static String locationOf(Exception e) {
        try {
            Object l = e.getClass().getMethod("location").invoke(e);
            return l instanceof SourceLocation s ? s + " |" + s.lineText() + "|" : String.valueOf(l);
        } catch (ReflectiveOperationException x) {
            return "?";
        }
    }

    private static final class Dumper {
        private final StringBuilder out;
        private final Map<Object, Integer> seen = new IdentityHashMap<>();

        Dumper(StringBuilder out) {
            this.out = out;
        }

        void module(Module m) throws Exception {
            line("source_filename", m.sourceFileName());
            line("triple", m.targetTriple() + " " + loc(m.targetTripleLocation()));
            line("datalayout", m.dataLayoutString() + " " + loc(m.dataLayoutLocation()));
            line("comdats", String.valueOf(m.comdats()));
            line("asm", m.moduleAssembly() + " " + m.moduleAssemblyLocations());
            for (Map.Entry<String, StructType> e : m.namedTypes().entrySet()) {
                line("type %" + e.getKey(), e.getValue().bodyText());
            }
            for (GlobalVariable g : m.globals()) {
                out.append("global ").append(g.reference()).append(' ').append(render(g, true)).append('\n');
            }
            for (GlobalAlias a : m.aliases()) {
                out.append("alias ").append(a.reference()).append(' ').append(render(a, true)).append('\n');
            }
            for (Function f : m.functions()) {
                out.append("function ").append(f.reference()).append(' ').append(render(f, true)).append('\n');
                for (Argument a : f.arguments()) {
                    out.append("  arg ").append(render(a, true)).append('\n');
                }
                for (BasicBlock b : f.blocks()) {
                    out.append(" block ").append(b.reference()).append(" preds=").append(names(b.predecessors()))
                            .append('\n');
                    for (Instruction i : b.instructions()) {
                        out.append("  ").append(i).append(" | ").append(render(i, true)).append('\n');
                    }
                }
            }
        }

        private static String names(List<BasicBlock> blocks) {
            StringBuilder s = new StringBuilder();
            for (BasicBlock b : blocks) {
                s.append(b.reference()).append(' ');
            }
            return s.toString();
        }

        private void line(String k, String v) {
            out.append(k).append(": ").append(v).append('\n');
        }

        private static String loc(SourceLocation l) {
            return l == null ? "null" : l + " |" + l.lineText() + "|";
        }

        /** Every field of {@code o}; named values (instructions, blocks, globals, arguments) below the top by reference. */
        String render(Object o, boolean top) throws Exception {
            if (o == null) {
                return "null";
            }
            if (o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character
                    || o instanceof Enum<?> || o instanceof BigInteger) {
                return o.getClass().getSimpleName() + ":" + o;
            }
            if (o instanceof SourceLocation l) {
                return "loc(" + loc(l) + ")";
            }
            // Value classes whose representation may change: rendered by their public API, so two builds compare equal.
            if (o instanceof ConstantInt c) {
                return "ConstantInt{" + c.type() + " " + c.unsignedValue() + " name=" + c.name() + "}";
            }
            if (o instanceof AttributeSet a) {
                return "AttributeSet" + render(new java.util.TreeMap<>(a.asMap()), false);
            }
            if (o instanceof Type t) {
                return "type(" + t + (t instanceof StructType s && !s.isLiteral() ? "=" + s.bodyText() : "") + ")";
            }
            if (o instanceof byte[] b) {
                return Arrays.toString(b);
            }
            if (o instanceof int[] a) {
                return Arrays.toString(a);
            }
            if (o instanceof long[] a) {
                return Arrays.toString(a);
            }
            if (o instanceof Object[] a) {
                return renderAll(Arrays.asList(a), true);
            }
            if (!top && (o instanceof Instruction || o instanceof BasicBlock || o instanceof GlobalValue
                    || o instanceof Argument)) {
                return "ref(" + o.getClass().getSimpleName() + " " + ((Value) o).reference() + ")";
            }
            if (o instanceof Map<?, ?> map) {
                List<String> entries = new ArrayList<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    entries.add(render(e.getKey(), false) + "=>" + render(e.getValue(), false));
                }
                if (!(map instanceof LinkedHashMap)) {
                    entries.sort(null);
                }
                return "map" + entries;
            }
            if (o instanceof Collection<?> c) {
                return renderAll(c, c instanceof List || c instanceof LinkedHashSet);
            }
            if (o.getClass().getName().startsWith("java.")) {
                return o.getClass().getSimpleName() + ":" + o;
            }
            Integer id = seen.get(o);
            if (id != null && !(o instanceof Value)) {
                return "#" + id;
            }
            seen.put(o, seen.size());
            StringBuilder s = new StringBuilder(o.getClass().getSimpleName()).append('{');
            for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    String name = f.getName();
                    if (c == Instruction.class && (name.equals("flags") || name.equals("fastMathFlags")
                            || name.equals("operandView") || name.equals("operands") || name.equals("operandCount"))) {
                        continue; // rendered below through the public API
                    }
                    if (name.equals("indexInBlock") || name.equals("indexInFunction")) {
                        continue; // positions, implied by the order of the dump
                    }
                    if (name.equals("parent") || name.equals("predecessors") || name.equals("blocks")
                            || name.equals("arguments") && o instanceof Function) {
                        continue;
                    }
                    f.setAccessible(true);
                    s.append(c.getSimpleName()).append('.').append(name).append('=').append(render(f.get(o), false))
                            .append(' ');
                }
            }
            if (o instanceof Instruction i) {
                s.append("ops=").append(render(i.operands(), false)).append(" flags=").append(i.flags())
                        .append(" fmf=").append(i.fastMathFlags()).append(' ');
            }
            return s.append('}').toString();
        }

        private String renderAll(Collection<?> c, boolean ordered) throws Exception {
            List<String> items = new ArrayList<>();
            for (Object e : c) {
                items.add(render(e, false));
            }
            if (!ordered) {
                items.sort(null);
            }
            return items.toString();
        }
    }
}
