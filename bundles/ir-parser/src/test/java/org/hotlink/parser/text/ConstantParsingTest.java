package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantString;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.ConstantVector;
import org.hotlink.ir.Module;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PoisonValue;
import org.hotlink.ir.Predicate;
import org.hotlink.ir.UndefValue;
import org.hotlink.ir.ZeroInitializer;
import org.junit.jupiter.api.Test;

/** Test that every constant form (literals, aggregates, nested constant expressions, blockaddress) parses to the right model. */
class ConstantParsingTest {
    private static org.hotlink.ir.Constant init(Module m, String name) {
        return m.global(name).initializer();
    }

    @Test
    void nestedConstantExpressionsKeepOpcodesFlagsAndOperands() {
        Module m = IrTestSupport.parse("""
                @arr = global [4 x i32] zeroinitializer
                @p = global ptr getelementptr inbounds (i8, ptr getelementptr ([4 x i32], ptr @arr, i64 0, i64 2), i64 1)
                @i = global i64 add nuw (i64 ptrtoint (ptr @arr to i64), i64 8)
                @c = global i1 icmp ult (ptr @arr, ptr @p)
                @x = global i32 xor (i32 trunc (i64 ptrtoint (ptr @i to i64) to i32), i32 -1)
                """);
        ConstantExpression outer = assertInstanceOf(ConstantExpression.class, init(m, "p"), "expected a GEP expression");
        assertEquals(Opcode.GETELEMENTPTR, outer.opcode(), "expected getelementptr");
        assertTrue(outer.isInBounds(), "expected inbounds on the outer GEP");
        ConstantExpression inner = assertInstanceOf(ConstantExpression.class, outer.operand(0), "expected a nested GEP");
        assertSame(m.global("arr"), inner.operand(0), "expected @arr as the inner base");
        assertEquals("[4 x i32]", inner.sourceElementType().toString(), "expected the inner source element type");
        ConstantExpression add = (ConstantExpression) init(m, "i");
        assertTrue(add.opcode() == Opcode.ADD && add.hasFlag("nuw"), "expected add nuw");
        assertEquals(Opcode.PTRTOINT, ((ConstantExpression) add.operand(0)).opcode(), "expected ptrtoint inside add");
        assertEquals(Predicate.ULT, ((ConstantExpression) init(m, "c")).predicate(), "expected icmp ult");
        ConstantExpression xor = (ConstantExpression) init(m, "x");
        assertEquals(Opcode.TRUNC, ((ConstantExpression) xor.operand(0)).opcode(), "expected trunc inside xor");
        assertEquals(-1, ((ConstantInt) xor.operand(1)).longValue(), "expected i32 -1");
    }

    @Test
    void integerLiteralsInEverySpelling() {
        Module m = IrTestSupport.parse("""
                @a = global i8 255
                @b = global i8 -128
                @c = global i64 u0xFFFFFFFFFFFFFFFF
                @d = global i32 s0xF
                @e = global i1 true
                @f = global i128 170141183460469231731687303715884105727
                """);
        assertEquals(-1, ((ConstantInt) init(m, "a")).longValue(), "expected i8 255 to read signed as -1");
        assertEquals(255, ((ConstantInt) init(m, "a")).unsignedValue().intValue(), "expected unsigned 255");
        assertEquals(-128, ((ConstantInt) init(m, "b")).longValue(), "expected -128");
        assertEquals(-1, ((ConstantInt) init(m, "c")).longValue(), "expected all ones from u0x");
        assertEquals(-1, ((ConstantInt) init(m, "d")).longValue(), "expected s0xF to sign-extend to -1");
        assertEquals(BigInteger.ONE, ((ConstantInt) init(m, "e")).unsignedValue(), "expected true = 1");
        assertEquals(BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE), ((ConstantInt) init(m, "f")).value(),
                "expected the largest i128");
    }

    @Test
    void floatLiteralsInEverySpelling() {
        Module m = IrTestSupport.parse("""
                @d = global double 1.500000e+00
                @h = global double 0x3FB999999999999A
                @f = global float 0x3FB99999A0000000
                @k = global x86_fp80 0xK3FFF8000000000000000
                @q = global fp128 0xL00000000000000003FFF000000000000
                @half = global half 0xH3C00
                @neg = global float -0.000000e+00
                """);
        assertEquals(1.5, ((ConstantFloat) init(m, "d")).doubleValue(), "expected 1.5");
        assertEquals(0.1, ((ConstantFloat) init(m, "h")).doubleValue(), "expected 0.1 from its hex bits");
        assertEquals(0.1f, (float) ((ConstantFloat) init(m, "f")).doubleValue(), "expected float 0.1 from double hex");
        assertEquals(1.0, ((ConstantFloat) init(m, "k")).doubleValue(), "expected x87 1.0");
        assertEquals(1.0, ((ConstantFloat) init(m, "q")).doubleValue(), "expected quad 1.0 (low word first)");
        assertEquals(1.0, ((ConstantFloat) init(m, "half")).doubleValue(), "expected half 1.0");
        assertEquals(0x80000000L, ((ConstantFloat) init(m, "neg")).longBits(), "expected the bits of float -0.0");
    }

    @Test
    void aggregatesStringsAndSpecialValues() {
        Module m = IrTestSupport.parse("""
                %struct.S = type { i32, [2 x i8] }
                @s = global %struct.S { i32 7, [2 x i8] c"a\\00" }
                @p = global <{ i8, i32 }> <{ i8 1, i32 2 }>
                @v = global <4 x i32> <i32 1, i32 poison, i32 undef, i32 4>
                @str = constant [6 x i8] c"\\22q\\5C\\0A\\FF\\00"
                @z = global { i64, ptr } zeroinitializer
                """);
        ConstantStruct s = assertInstanceOf(ConstantStruct.class, init(m, "s"), "expected a struct constant");
        assertEquals(7, ((ConstantInt) s.element(0)).longValue(), "expected first field 7");
        assertTrue(((ConstantStruct) init(m, "p")).type().isPacked(), "expected a packed struct constant");
        ConstantVector v = (ConstantVector) init(m, "v");
        assertInstanceOf(PoisonValue.class, v.element(1), "expected poison lane");
        assertInstanceOf(UndefValue.class, v.element(2), "expected undef lane");
        assertArrayEquals(new byte[] {'"', 'q', '\\', '\n', (byte) 0xff, 0}, ((ConstantString) init(m, "str")).bytes(),
                "expected escapes decoded to bytes");
        assertInstanceOf(ZeroInitializer.class, init(m, "z"), "expected zeroinitializer");
    }

    @Test
    void blockAddressResolvesToTheBlockOfALaterFunction() {
        Module m = IrTestSupport.parse("""
                @table = global [2 x ptr] [ptr blockaddress(@f, %a), ptr blockaddress(@f, %b)]
                define void @f(ptr %t) {
                entry:
                  indirectbr ptr %t, [label %a, label %b]
                a:
                  ret void
                b:
                  ret void
                }
                """);
        BlockAddress b = (BlockAddress) ((org.hotlink.ir.ConstantArray) init(m, "table")).element(1);
        assertSame(m.function("f").block("b"), b.block(), "expected blockaddress(@f, %b) bound to block %b");
    }
}
