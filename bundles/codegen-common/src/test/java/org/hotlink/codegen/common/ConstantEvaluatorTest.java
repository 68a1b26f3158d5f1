package org.hotlink.codegen.common;

import static org.hotlink.codegen.common.IrFixtures.I32;
import static org.hotlink.codegen.common.IrFixtures.I64;
import static org.hotlink.codegen.common.IrFixtures.I8;
import static org.hotlink.codegen.common.IrFixtures.PTR;
import static org.hotlink.codegen.common.IrFixtures.array;
import static org.hotlink.codegen.common.IrFixtures.arrayOf;
import static org.hotlink.codegen.common.IrFixtures.at;
import static org.hotlink.codegen.common.IrFixtures.binary;
import static org.hotlink.codegen.common.IrFixtures.cast;
import static org.hotlink.codegen.common.IrFixtures.gep;
import static org.hotlink.codegen.common.IrFixtures.i32;
import static org.hotlink.codegen.common.IrFixtures.i64;
import static org.hotlink.codegen.common.IrFixtures.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;

import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PoisonValue;
import org.hotlink.ir.Predicate;
import org.hotlink.ir.StructType;
import org.hotlink.ir.UndefValue;
import org.junit.jupiter.api.Test;

/** Tests that ConstantEvaluator folds scalars and nested constant expressions into numbers or symbol+offset. */
class ConstantEvaluatorTest {
    private final ConstantEvaluator evaluator = new ConstantEvaluator(DataLayout.x86_64Linux());
    /** {@code @arr = global [3 x [2 x i32]]}, rows of 8 bytes. */
    private final GlobalVariable arr = IrFixtures.global(null, "arr",
            new org.hotlink.ir.ZeroInitializer(array(3, array(2, I32))), 10);
    /** {@code %S = { i8, i32, i16, double }}: fields at 0, 4, 8, 16; size 24. */
    private final StructType s = struct(I8, I32, IntegerType.I16, org.hotlink.ir.FloatingType.DOUBLE);

    private ConstantValue eval(Constant c) throws UnsupportedConstructException {
        return evaluator.evaluate(c, at(1));
    }

    @Test
    void integersGiveTheirBitPatternAtTheirWidth() throws Exception {
        assertEquals(IntegerValue.of(-1, 8), eval(ConstantInt.of(I8, 255)), "i8 255 is the pattern 0xff");
        assertEquals(-1L, ((IntegerValue) eval(ConstantInt.of(I8, 255))).longValue(), "read signed, i8 0xff is -1");
        BigInteger big = BigInteger.ONE.shiftLeft(100).add(BigInteger.TEN);
        assertEquals(new IntegerValue(big, 128), eval(new ConstantInt(IntegerType.I128, big)), "i128 keeps all 128 bits");
    }

    @Test
    void floatsGiveTheirRawBits() throws Exception {
        assertEquals(IntegerValue.of(Double.doubleToRawLongBits(-2.25), 64), eval(ConstantFloat.ofDouble(-2.25)),
                "double -2.25 gives its IEEE bits");
        assertEquals(IntegerValue.of(0x3fc00000L, 32), eval(ConstantFloat.ofFloat(1.5f)), "float 1.5 is 0x3fc00000");
    }

    @Test
    void nullUndefAndPoisonAreZeroOfTheirWidth() throws Exception {
        assertEquals(IntegerValue.zero(64), eval(new ConstantNull(PTR)), "null is a 64-bit zero");
        assertEquals(IntegerValue.zero(32), eval(new UndefValue(I32)), "undef i32 is zero");
        assertEquals(IntegerValue.zero(8), eval(new PoisonValue(I8)), "poison i8 is zero");
    }

    @Test
    void aGlobalIsItsOwnSymbolAtOffsetZero() throws Exception {
        SymbolicAddress address = (SymbolicAddress) eval(arr);
        assertEquals(arr, address.target(), "target is @arr");
        assertEquals(0, address.offset(), "no offset");
        assertEquals("arr", address.symbolName(), "symbol name is the IR name");
        assertEquals(SymbolKind.DATA, address.symbolKind(), "a variable is DATA");
        assertEquals(SymbolKind.FUNCTION, ((SymbolicAddress) eval(IrFixtures.function(null, "f", "entry"))).symbolKind(),
                "a function is FUNCTION");
    }

    @Test
    void gepIntoTheMiddleOfANestedArrayAddsRowAndColumnOffsets() throws Exception {
        // &arr[1][1] = 8 + 4
        ConstantExpression e = gep(array(3, array(2, I32)), arr, i64(0), i64(1), i64(1));
        assertEquals(SymbolicAddress.of(arr, 12), eval(e), "&arr[1][1] is arr+12");
    }

    @Test
    void gepWithNegativeIndicesGoesBackwards() throws Exception {
        // &arr[2][0] - 3 elements = 16 - 12
        ConstantExpression row2 = gep(array(3, array(2, I32)), arr, i64(0), i64(2), i64(0));
        ConstantExpression back = gep(I32, row2, i64(-3));
        assertEquals(SymbolicAddress.of(arr, 4), eval(back), "arr+16 minus 3 i32s is arr+4");
        assertEquals(SymbolicAddress.of(arr, -8), eval(gep(I64, arr, ConstantInt.of(I32, -1))),
                "an i32 index -1 is sign-extended: arr-8");
    }

    @Test
    void gepIntoStructFieldsUsesTheLayoutOffsets() throws Exception {
        GlobalVariable g = IrFixtures.global(null, "structs", new org.hotlink.ir.ZeroInitializer(array(2, s)), 11);
        ConstantExpression e = gep(array(2, s), g, i64(0), i64(1), i32(3));
        assertEquals(SymbolicAddress.of(g, 24 + 16), eval(e), "&structs[1].d is structs+40");
        assertEquals(SymbolicAddress.of(g, 8), eval(gep(s, g, i64(0), i32(2))), "&s.field2 (i16) is at 8");
    }

    @Test
    void gepsNestToAnyDepth() throws Exception {
        Constant p = arr;
        for (int i = 0; i < 50; i++) {
            p = gep(I8, p, i64(2));
        }
        assertEquals(SymbolicAddress.of(arr, 100), eval(p), "fifty byte GEPs of 2 give arr+100");
    }

    @Test
    void gepOnNullGivesAPlainNumber() throws Exception {
        // offsetof idiom: ptrtoint (gep (%S, null, 0, 3)) = 16
        Constant e = cast(Opcode.PTRTOINT, gep(s, new ConstantNull(PTR), i64(0), i32(3)), I64);
        assertEquals(IntegerValue.of(16, 64), eval(e), "offsetof(S, d) is 16");
    }

    @Test
    void ptrtointAndInttoptrRoundTripKeepsTheSymbol() throws Exception {
        Constant asInt = cast(Opcode.PTRTOINT, gep(I8, arr, i64(4)), I64);
        Constant back = cast(Opcode.INTTOPTR, binary(Opcode.ADD, asInt, i64(8)), PTR);
        assertEquals(SymbolicAddress.of(arr, 12), eval(back), "inttoptr(ptrtoint(arr+4) + 8) is arr+12");
        Constant sub = cast(Opcode.INTTOPTR, binary(Opcode.SUB, asInt, i64(6)), PTR);
        assertEquals(SymbolicAddress.of(arr, -2), eval(sub), "arr+4 - 6 is arr-2");
        assertEquals(IntegerValue.of(0x1234, 64), eval(cast(Opcode.PTRTOINT, cast(Opcode.INTTOPTR, i32(0x1234), PTR), I64)),
                "a number survives inttoptr then ptrtoint, zero-extended");
    }

    @Test
    void theDifferenceOfTwoAddressesInOneSymbolIsANumber() throws Exception {
        Constant a = cast(Opcode.PTRTOINT, gep(I8, arr, i64(20)), I64);
        Constant b = cast(Opcode.PTRTOINT, gep(I8, arr, i64(4)), I64);
        assertEquals(IntegerValue.of(16, 64), eval(binary(Opcode.SUB, a, b)), "(arr+20) - (arr+4) is 16");
    }

    @Test
    void theDifferenceOfTwoSymbolsIsRecognisedOnlyInItsRelativeTableShape() throws Exception {
        GlobalVariable table = IrFixtures.global(null, "table", new org.hotlink.ir.ZeroInitializer(array(2, I32)), 12);
        Constant difference = binary(Opcode.SUB, cast(Opcode.PTRTOINT, gep(I8, arr, i64(3)), I64),
                cast(Opcode.PTRTOINT, table, I64));
        assertEquals(new AddressDifference(SymbolicAddress.of(arr, 3), SymbolicAddress.of(table, 0)),
                evaluator.evaluateAddressDifference(cast(Opcode.TRUNC, difference, I32), at(1)),
                "trunc (sub (arr+3, table)) is arr+3 - table");
        assertEquals(null, evaluator.evaluateAddressDifference(binary(Opcode.ADD, i32(1), i32(2)), at(1)),
                "an add is not a difference");
        assertEquals(null, evaluator.evaluateAddressDifference(binary(Opcode.SUB, cast(Opcode.PTRTOINT, arr, I64),
                cast(Opcode.PTRTOINT, gep(I8, arr, i64(1)), I64)), at(1)), "within one symbol it is a plain number");
        assertThrows(UnsupportedConstructException.class, () -> evaluator.evaluate(difference, at(1)),
                "evaluate() alone refuses a difference of two symbols");
    }

    @Test
    void integerArithmeticWrapsAtTheWidth() throws Exception {
        assertEquals(IntegerValue.of(0, 8), eval(binary(Opcode.ADD, ConstantInt.of(I8, 200), ConstantInt.of(I8, 56))),
                "i8 200 + 56 wraps to 0");
        assertEquals(IntegerValue.of(-6, 32), eval(binary(Opcode.MUL, i32(3), i32(-2))), "3 * -2 is -6");
        assertEquals(IntegerValue.of(0x0f, 32), eval(binary(Opcode.AND, i32(0xff), i32(0x0f))), "0xff & 0x0f");
        assertEquals(IntegerValue.of(0xff, 32), eval(binary(Opcode.OR, i32(0xf0), i32(0x0f))), "0xf0 | 0x0f");
        assertEquals(IntegerValue.of(0xf0, 32), eval(binary(Opcode.XOR, i32(0xff), i32(0x0f))), "0xff ^ 0x0f");
        assertEquals(IntegerValue.of(0x80000000L, 32), eval(binary(Opcode.SHL, i32(1), i32(31))), "1 << 31");
        assertEquals(IntegerValue.of(-4, 32), eval(binary(Opcode.ASHR, i32(-8), i32(1))), "-8 >> 1 (arithmetic)");
    }

    @Test
    void castsOfNumbersTruncateAndExtend() throws Exception {
        assertEquals(IntegerValue.of(0x34, 8), eval(cast(Opcode.TRUNC, i32(0x1234), I8)), "trunc keeps the low byte");
        assertEquals(IntegerValue.of(0xff, 32), eval(cast(Opcode.ZEXT, ConstantInt.of(I8, -1), I32)), "zext of 0xff is 255");
        assertEquals(IntegerValue.of(-1, 32), eval(cast(Opcode.SEXT, ConstantInt.of(I8, -1), I32)), "sext of 0xff is -1");
        assertEquals(IntegerValue.of(Double.doubleToRawLongBits(1.0), 64),
                eval(cast(Opcode.BITCAST, ConstantFloat.ofDouble(1.0), I64)), "bitcast double to i64 keeps the bits");
    }

    @Test
    void icmpOfNumbersGivesAnI1() throws Exception {
        ConstantExpression lt = new ConstantExpression(Opcode.ICMP, IntegerType.I1, List.of(i32(-1), i32(1)), Set.of(),
                null, Predicate.SLT);
        ConstantExpression ult = new ConstantExpression(Opcode.ICMP, IntegerType.I1, List.of(i32(-1), i32(1)), Set.of(),
                null, Predicate.ULT);
        assertEquals(IntegerValue.of(1, 1), eval(lt), "-1 <s 1 is true");
        assertEquals(IntegerValue.of(0, 1), eval(ult), "0xffffffff <u 1 is false");
    }

    @Test
    void anAliasEvaluatesToItsAliaseeThroughChains() throws Exception {
        GlobalAlias a = new GlobalAlias("a", I32, 0);
        a.setAliasee(gep(I8, arr, i64(8)));
        GlobalAlias b = new GlobalAlias("b", I32, 0);
        b.setAliasee(a);
        assertEquals(SymbolicAddress.of(arr, 12), eval(gep(I8, b, i64(4))), "b+4 is a+4 is arr+12");
    }

    @Test
    void aBlockAddressNamesTheBlockSymbol() throws Exception {
        Function f = IrFixtures.function(null, "dispatch", "entry", "L1", "3");
        BlockAddress address = new BlockAddress(f, "L1");
        address.resolve(f.block("L1"));
        SymbolicAddress value = (SymbolicAddress) eval(address);
        assertEquals("dispatch.__block.L1", value.symbolName(), "block symbol is <function>.__block.<block>");
        assertEquals(SymbolKind.DATA, value.symbolKind(), "a block symbol is DATA");
        BlockAddress numbered = new BlockAddress(f, "3");
        numbered.resolve(f.block("3"));
        assertEquals("dispatch.__block.3", ((SymbolicAddress) eval(numbered)).symbolName(),
                "a numbered block keeps its number");
    }

    @Test
    void anAddressTruncatedTo32BitsIsUnsupportedAtTheGivenLocation() {
        Constant e = cast(Opcode.TRUNC, cast(Opcode.PTRTOINT, arr, I64), I32);
        UnsupportedConstructException ex = assertThrows(UnsupportedConstructException.class,
                () -> evaluator.evaluate(e, at(42)), "a 32-bit address cannot be relocated by X86_64_64");
        assertEquals(42, ex.location().line(), "reported at the line given");
        assertTrue(ex.getMessage().contains("arr"), "the message names @arr: " + ex.getMessage());
        assertThrows(UnsupportedConstructException.class, () -> evaluator.evaluate(cast(Opcode.PTRTOINT, arr, I32), at(43)),
                "ptrtoint of an address to i32 is refused too");
    }

    @Test
    void multiplyingAnAddressIsUnsupported() {
        Constant e = binary(Opcode.MUL, cast(Opcode.PTRTOINT, arr, I64), i64(2));
        UnsupportedConstructException ex = assertThrows(UnsupportedConstructException.class,
                () -> evaluator.evaluate(e, at(7)), "an address times 2 is not symbol+offset");
        assertEquals(7, ex.location().line(), "reported at line 7");
        assertTrue(ex.getMessage().contains("mul"), "the message names mul: " + ex.getMessage());
    }

    @Test
    void floatingPointExpressionsAreUnsupported() {
        Constant e = binary(Opcode.FADD, ConstantFloat.ofDouble(1), ConstantFloat.ofDouble(2));
        UnsupportedConstructException ex = assertThrows(UnsupportedConstructException.class,
                () -> evaluator.evaluate(e, at(9)), "fadd is not a foldable constant expression here");
        assertEquals(9, ex.location().line(), "reported at line 9");
        assertTrue(ex.getMessage().contains("fadd"), "the message names fadd: " + ex.getMessage());
    }

    @Test
    void divisionByZeroIsUnsupportedRatherThanGuessed() {
        UnsupportedConstructException ex = assertThrows(UnsupportedConstructException.class,
                () -> evaluator.evaluate(binary(Opcode.UDIV, i32(1), i32(0)), at(5)), "udiv by zero is poison");
        assertEquals(5, ex.location().line(), "reported at line 5");
    }

    @Test
    void theAddressOfAnIntrinsicIsUnsupported() {
        Function memcpy = IrFixtures.function(null, "llvm.memcpy.p0.p0.i64");
        UnsupportedConstructException ex = assertThrows(UnsupportedConstructException.class,
                () -> evaluator.evaluate(memcpy, at(3)), "an intrinsic has no address");
        assertTrue(ex.getMessage().contains("llvm.memcpy"), "the message names the intrinsic: " + ex.getMessage());
    }

    @Test
    void evaluateIntegerRefusesAnAddress() {
        assertThrows(UnsupportedConstructException.class, () -> evaluator.evaluateInteger(arr, at(2)),
                "an address is not a number");
    }
}
