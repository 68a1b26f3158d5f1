package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.hotlink.engine.EngineStatistics;
import org.junit.jupiter.api.Test;

/** Tests the --stats line against the exact pattern of issue 2. */
class StatsLineTest {
    private static final Pattern ISSUE_PATTERN = Pattern.compile(
            "^hotlink: stats parse_ms=\\d+\\.\\d{3} compile_ms=\\d+\\.\\d{3} link_ms=\\d+\\.\\d{3} functions_compiled=\\d+ ir_instructions=\\d+ code_bytes=\\d+$");

    @Test
    void lineMatchesTheIssuePatternAndConvertsNanosToMillis() {
        String line = StatsLine.format(new EngineStatistics(1_234_567, 2_000_000_000L, 5, 12, 3456, 789));
        assertTrue(ISSUE_PATTERN.matcher(line).matches(), line);
        assertEquals("hotlink: stats parse_ms=1.235 compile_ms=2000.000 link_ms=0.000 functions_compiled=12"
                + " ir_instructions=3456 code_bytes=789", line);
    }

    @Test
    void decimalPointIsAPointWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String line = StatsLine.format(new EngineStatistics(1_500_000, 0, 0, 0, 0, 0));
            assertTrue(ISSUE_PATTERN.matcher(line).matches(), "German locale must not give a comma: " + line);
        } finally {
            Locale.setDefault(saved);
        }
    }
}
