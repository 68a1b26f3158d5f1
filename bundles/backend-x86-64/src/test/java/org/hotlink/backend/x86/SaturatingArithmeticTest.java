package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Test that llvm.[su](add|sub).sat clamp at the type's bounds as LangRef defines. */
class SaturatingArithmeticTest {
    private static final String IR = """
            declare i32 @llvm.usub.sat.i32(i32, i32)
            declare i8 @llvm.uadd.sat.i8(i8, i8)
            declare i16 @llvm.sadd.sat.i16(i16, i16)
            declare i64 @llvm.ssub.sat.i64(i64, i64)
            define i32 @usub(i32 %a, i32 %b) {
              %r = call i32 @llvm.usub.sat.i32(i32 %a, i32 %b)
              ret i32 %r
            }
            define i32 @uadd8(i32 %a, i32 %b) {
              %x = trunc i32 %a to i8
              %y = trunc i32 %b to i8
              %r = call i8 @llvm.uadd.sat.i8(i8 %x, i8 %y)
              %z = zext i8 %r to i32
              ret i32 %z
            }
            define i32 @sadd16(i32 %a, i32 %b) {
              %x = trunc i32 %a to i16
              %y = trunc i32 %b to i16
              %r = call i16 @llvm.sadd.sat.i16(i16 %x, i16 %y)
              %z = sext i16 %r to i32
              ret i32 %z
            }
            define i64 @ssub64(i64 %a, i64 %b) {
              %r = call i64 @llvm.ssub.sat.i64(i64 %a, i64 %b)
              ret i64 %r
            }
            """;

    @Test
    void resultsClampAtTheBoundsOfTheirType() throws Exception {
        try (CompiledModule m = CompiledModule.load(IR)) {
            assertEquals(0, m.callInt("usub", 3, 5), "usub.sat(3, 5) clamps to 0");
            assertEquals(2, m.callInt("usub", 5, 3), "usub.sat(5, 3) is 2");
            assertEquals(255, m.callInt("uadd8", 200, 100), "uadd.sat.i8(200, 100) clamps to 255");
            assertEquals(250, m.callInt("uadd8", 200, 50), "uadd.sat.i8(200, 50) is 250");
            assertEquals(32767, m.callInt("sadd16", 30000, 10000), "sadd.sat.i16 clamps to 32767");
            assertEquals(-32768, m.callInt("sadd16", -30000, -10000), "sadd.sat.i16 clamps to -32768");
            assertEquals(-5, m.callInt("sadd16", 5, -10), "sadd.sat.i16(5, -10) is -5");
            assertEquals(Long.MIN_VALUE, m.callLong("ssub64", Long.MIN_VALUE + 5, 10L), "ssub.sat.i64 clamps to MIN");
            assertEquals(Long.MAX_VALUE, m.callLong("ssub64", Long.MAX_VALUE - 5, -10L), "ssub.sat.i64 clamps to MAX");
            assertEquals(-15L, m.callLong("ssub64", -5L, 10L), "ssub.sat.i64(-5, 10) is -15");
        }
    }
}
