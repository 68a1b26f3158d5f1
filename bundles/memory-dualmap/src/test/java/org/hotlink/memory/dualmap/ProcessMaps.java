package org.hotlink.memory.dualmap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The current process's mappings as /proc/self/maps lists them. */
record ProcessMaps(List<Mapping> mappings) {
    record Mapping(long start, long end, String permissions, String path) {
        boolean overlaps(long from, long to) {
            return start < to && from < end;
        }

        boolean isWritable() {
            return permissions.charAt(1) == 'w';
        }

        boolean isExecutable() {
            return permissions.charAt(2) == 'x';
        }
    }

    static ProcessMaps read() throws IOException {
        List<Mapping> mappings = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] fields = line.trim().split("\\s+", 6);
            String[] range = fields[0].split("-");
            mappings.add(new Mapping(Long.parseUnsignedLong(range[0], 16), Long.parseUnsignedLong(range[1], 16),
                    fields[1], fields.length > 5 ? fields[5] : ""));
        }
        return new ProcessMaps(mappings);
    }

    /** The mapping that contains {@code address}. */
    Mapping containing(long address) {
        for (Mapping mapping : mappings) {
            if (mapping.start() <= address && address < mapping.end()) {
                return mapping;
            }
        }
        throw new AssertionError("no mapping contains 0x" + Long.toHexString(address));
    }

    List<Mapping> overlapping(long from, long to) {
        List<Mapping> result = new ArrayList<>();
        for (Mapping mapping : mappings) {
            if (mapping.overlaps(from, to)) {
                result.add(mapping);
            }
        }
        return result;
    }
}
