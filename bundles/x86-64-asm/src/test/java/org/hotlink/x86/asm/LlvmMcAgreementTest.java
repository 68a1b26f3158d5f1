package org.hotlink.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Test that the committed expected bytes of every encoding table are still what llvm-mc-19 produces for
 * the committed text, so the tables cannot drift from LLVM. Runs
 * {@code llvm-mc-19 --show-encoding -x86-asm-syntax=intel -output-asm-variant=1} once over all rows; fails
 * (never skips) if the tool is missing.
 */
class LlvmMcAgreementTest {
    private static final Pattern ENCODING = Pattern.compile("# encoding: \\[([^\\]]*)\\]");

    static List<EncodingRow> allRows() {
        List<EncodingRow> rows = new ArrayList<>();
        rows.addAll(MoveEncodingTest.ROWS);
        rows.addAll(AluEncodingTest.ROWS);
        rows.addAll(MultiplyShiftEncodingTest.ROWS);
        rows.addAll(BitAndAtomicEncodingTest.ROWS);
        rows.addAll(ControlEncodingTest.ROWS);
        rows.addAll(SseEncodingTest.ROWS);
        rows.addAll(PackedIntegerEncodingTest.ROWS);
        return rows;
    }

    @Test
    void committedBytesOfEveryTableRowMatchLlvmMc() throws Exception {
        List<EncodingRow> rows = allRows();
        String input = rows.stream().map(EncodingRow::text).collect(Collectors.joining("\n", "", "\n"));
        String output = LlvmMc.run(List.of("--show-encoding", "-x86-asm-syntax=intel", "-output-asm-variant=1"),
                input);
        List<String> encodings = new ArrayList<>();
        Matcher matcher = ENCODING.matcher(output);
        while (matcher.find()) {
            encodings.add(matcher.group(1).replace("0x", "").replace(",", ""));
        }
        assertEquals(rows.size(), encodings.size(), "expected one llvm-mc encoding per table row");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).hex().equals(encodings.get(i))) {
                mismatches.add(rows.get(i).text() + ": committed " + rows.get(i).hex()
                        + ", llvm-mc " + encodings.get(i));
            }
        }
        assertEquals(List.of(), mismatches, "expected llvm-mc to give the committed bytes for every row "
                + "(regenerate with src/test/regenerate-encoding-tables.py)");
    }
}
