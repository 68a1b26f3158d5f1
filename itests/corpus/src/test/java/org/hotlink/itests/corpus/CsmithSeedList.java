package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The committed csmith seed list (src/test/resources/csmith-seeds.txt, written by scripts/csmith-explore.sh):
 * comment lines start with '#', one of them is "# options: ..." with csmith's options, every other line is a seed.
 */
record CsmithSeedList(List<String> options, List<Long> seeds) {

    static final String RESOURCE = "csmith-seeds.txt";

    /** Reads the list from the module's test resources. */
    static CsmithSeedList load() throws IOException {
        Path file = CorpusCatalog.moduleDir().resolve("src/test/resources").resolve(RESOURCE);
        return parse(Files.readAllLines(file));
    }

    static CsmithSeedList parse(List<String> lines) {
        List<String> options = null;
        List<Long> seeds = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith("# options:")) {
                options = Arrays.stream(text.substring("# options:".length()).strip().split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList();
            } else if (!text.isEmpty() && !text.startsWith("#")) {
                seeds.add(Long.parseLong(text));
            }
        }
        if (options == null) {
            throw new IllegalArgumentException(RESOURCE + " has no '# options:' line naming csmith's options");
        }
        return new CsmithSeedList(options, List.copyOf(seeds));
    }
}
