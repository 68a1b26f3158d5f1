package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first end-to-end path: IR text to machine code, linked in process and called through JNA. */
class EndToEndAddTest {
    @Test
    void addOfTwoIntegersReturnsTheirSum() throws Exception {
        String ir = """
                define i32 @add(i32 %a, i32 %b) {
                  %s = add i32 %a, %b
                  ret i32 %s
                }
                """;
        try (CompiledModule m = CompiledModule.load(ir)) {
            assertEquals(42, m.callInt("add", 40, 2), "add(40, 2) should be 42");
            assertEquals(-3, m.callInt("add", -1, -2), "add(-1, -2) should be -3");
        }
    }
}
