package org.hotlink.launcher;

import java.util.Locale;
import org.hotlink.engine.EngineStatistics;

/** The {@code --stats} line, in the exact format outside scripts parse (issue 2). */
public final class StatsLine {
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private StatsLine() {
    }

    public static String format(EngineStatistics stats) {
        return String.format(Locale.ROOT,
                "hotlink: stats parse_ms=%.3f compile_ms=%.3f link_ms=%.3f functions_compiled=%d ir_instructions=%d code_bytes=%d",
                stats.parseNanos() / NANOS_PER_MILLI, stats.compileNanos() / NANOS_PER_MILLI,
                stats.linkNanos() / NANOS_PER_MILLI, stats.functionsCompiled(), stats.irInstructions(), stats.codeBytes());
    }
}
