package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginalEnvironmentTest {
    @Test
    void parsesNulSeparatedEntriesInTheirOrder() {
        byte[] block = "ZZ=1\0PATH=/bin\0EMPTY=\0AA=é\0".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("ZZ=1", "PATH=/bin", "EMPTY=", "AA=é"), OriginalEnvironment.parse(block),
                "entries in file order, empty values kept, UTF-8 decoded");
    }

    @Test
    void lastEntryWithoutTerminatorIsKept() {
        assertEquals(List.of("A=1", "B=2"), OriginalEnvironment.parse("A=1\0B=2".getBytes(StandardCharsets.UTF_8)),
                "an unterminated last entry still counts");
    }
}
