package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests of the csmith seed list: its format and the committed list's size and options. */
class CsmithSeedListTest {

    @Test
    void parsesOptionsLineAndSeedsAndRequiresOptions() {
        CsmithSeedList list = CsmithSeedList.parse(List.of("# header", "# options: --max-funcs 4", "12", "", "34"));
        assertEquals(List.of("--max-funcs", "4"), list.options(), "expected the options line split into words");
        assertEquals(List.of(12L, 34L), list.seeds(), "expected the seeds in order");
        assertThrows(IllegalArgumentException.class, () -> CsmithSeedList.parse(List.of("1")),
                "expected a list without options to be rejected");
    }

    @Test
    void committedListHasAtLeast300DistinctSeeds() throws IOException {
        List<Long> seeds = CsmithSeedList.load().seeds();
        Set<Long> distinct = new HashSet<>(seeds);
        assertTrue(seeds.size() >= 300, "expected at least 300 committed seeds, found " + seeds.size());
        assertEquals(seeds.size(), distinct.size(), "expected no seed to appear twice");
    }

    @Test
    void committedOptionsOnlyLimitSizes() throws IOException {
        List<String> options = CsmithSeedList.load().options();
        for (int i = 0; i < options.size(); i += 2) {
            assertTrue(options.get(i).startsWith("--max-"), "expected only --max-* size limits (csmith defaults"
                    + " otherwise), found " + options.get(i));
            assertTrue(options.get(i + 1).matches("\\d+"), "expected a number after " + options.get(i));
        }
    }
}
