package org.hotlink.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * One row of an encoding table: the Intel-syntax text llvm-mc assembles, the bytes it gives (lower-case
 * hex, committed) and the assembler call that must emit exactly those bytes.
 */
record EncodingRow(String text, String hex, Consumer<X86Assembler> call) {
    static EncodingRow row(String text, String hex, Consumer<X86Assembler> call) {
        return new EncodingRow(text, hex, call);
    }

    /** Runs the row's call on a fresh assembler and returns the code as lower-case hex. */
    String assemble() {
        X86Assembler assembler = new X86Assembler();
        call.accept(assembler);
        return HexFormat.of().formatHex(assembler.buffer().finish());
    }

    /** One dynamic test per row, named by its assembly text. */
    static Stream<DynamicTest> tests(List<EncodingRow> rows) {
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.text(),
                () -> assertEquals(r.hex(), r.assemble(), "expected '" + r.text() + "' to encode as " + r.hex())));
    }
}
