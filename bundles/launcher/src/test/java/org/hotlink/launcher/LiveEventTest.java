package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tests the exact event line of {@code hotlink live}, which scripts and tests parse. */
class LiveEventTest {
    @Test
    void lineHasKindModuleFunctionsInOrderAndLatencyWithThreeDecimals() {
        LiveEvent event = new LiveEvent(LiveEvent.Kind.REDEFINED, "tone", List.of("tone", "mix"), 1_234_567);
        assertEquals("hotlink: live redefined tone functions=tone,mix latency_ms=1.235", event.line());
    }

    @Test
    void latencyUsesADotWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("hotlink: live failed m functions= latency_ms=0.500",
                    new LiveEvent(LiveEvent.Kind.FAILED, "m", List.of(), 500_000).line());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyKindPrintsInLowerCase() {
        assertEquals(List.of("added", "redefined", "removed", "failed"),
                List.of(LiveEvent.Kind.values()).stream().map(LiveEvent.Kind::word).toList());
    }
}
