package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.hotlink.diagnostic.IrSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test that every prefix of real clang output, and prefixes with a chunk cut out, parse or give a located IrSyntaxException, never anything else. */
class TruncationFuzzTest {
    @TempDir
    Path work;

    @Test
    void truncatedAndDamagedFilesNeverThrowAnythingButIrSyntaxException() throws Exception {
        Path ll = IrTestSupport.emitIr("clang-19", IrTestSupport.C_SOURCES.resolve("gotos.c"), work, "Og", "-O1", "-g");
        String text = Files.readString(ll);
        TextIrParser parser = new TextIrParser();
        Random random = new Random(42);
        int failures = 0;
        for (int cut = 0; cut <= text.length(); cut++) {
            String prefix = text.substring(0, cut);
            int skip = Math.min(text.length(), cut + 1 + random.nextInt(12));
            for (String damaged : new String[] {prefix, prefix + text.substring(skip)}) {
                try {
                    parser.parse("fuzz.ll", damaged);
                } catch (IrSyntaxException e) {
                    assertTrue(e.location().isKnown(), "expected a known location for: " + e.getMessage());
                    if (e.getMessage().startsWith("invalid IR (")) {
                        failures++;
                    }
                } catch (Throwable t) {
                    fail("expected only IrSyntaxException at cut " + cut + ", got " + t);
                }
            }
        }
        assertTrue(failures == 0, "expected no failures caught only by the safety net, got " + failures);
    }
}
