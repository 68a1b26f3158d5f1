package org.hotlink.codegen.common;

import static org.hotlink.codegen.common.IrFixtures.I16;
import static org.hotlink.codegen.common.IrFixtures.I32;
import static org.hotlink.codegen.common.IrFixtures.I64;
import static org.hotlink.codegen.common.IrFixtures.I8;
import static org.hotlink.codegen.common.IrFixtures.PTR;
import static org.hotlink.codegen.common.IrFixtures.array;
import static org.hotlink.codegen.common.IrFixtures.arrayOf;
import static org.hotlink.codegen.common.IrFixtures.at;
import static org.hotlink.codegen.common.IrFixtures.bytes;
import static org.hotlink.codegen.common.IrFixtures.cast;
import static org.hotlink.codegen.common.IrFixtures.gep;
import static org.hotlink.codegen.common.IrFixtures.hex;
import static org.hotlink.codegen.common.IrFixtures.i16;
import static org.hotlink.codegen.common.IrFixtures.i32;
import static org.hotlink.codegen.common.IrFixtures.i64;
import static org.hotlink.codegen.common.IrFixtures.i8;
import static org.hotlink.codegen.common.IrFixtures.packed;
import static org.hotlink.codegen.common.IrFixtures.struct;
import static org.hotlink.codegen.common.IrFixtures.structOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.ConstantString;
import org.hotlink.ir.ConstantVector;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.StructType;
import org.hotlink.ir.UndefValue;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.ZeroInitializer;
import org.junit.jupiter.api.Test;

/**
 * Tests that DataImageWriter lays out constants byte by byte as x86-64 clang does. Expected bytes
 * of the first tests were read from {@code objdump -s} of {@code clang-19 -c -fdata-sections} objects.
 */
class DataImageWriterTest {
    private final DataImageWriter writer = new DataImageWriter(new ConstantEvaluator(DataLayout.x86_64Linux()));

    private DataImage image(Constant c) throws UnsupportedConstructException {
        return writer.write(c, at(1));
    }

    private void assertImage(String expectedHex, Constant c, String what) throws UnsupportedConstructException {
        assertEquals(hex(bytes(expectedHex)), hex(image(c).bytes()), what);
    }

    @Test
    void structWithPaddingPutsFieldsAtTheirAlignment() throws Exception {
        // struct S { char c; int i; short s; double d; } s = {1, 2, 3, 4.5};
        StructType s = struct(I8, I32, I16, FloatingType.DOUBLE);
        assertImage("01000000 02000000 03000000 00000000 0000000000001240",
                structOf(s, i8(1), i32(2), i16(3), ConstantFloat.ofDouble(4.5)),
                "padding after c and s is zero, d at 16");
    }

    @Test
    void packedStructHasNoPadding() throws Exception {
        // struct __attribute__((packed)) P { char c; int i; short s; } p = {7, 0x01020304, 0x0506};
        assertImage("07040302 010605", structOf(packed(I8, I32, I16), i8(7), i32(0x01020304), i16(0x0506)),
                "7 bytes, fields back to back");
    }

    @Test
    void x86Fp80IsTenBytesPaddedToSixteen() throws Exception {
        // long double ld = 1.5L;  0xK3FFFC000000000000000
        ConstantFloat ld = new ConstantFloat(FloatingType.X86_FP80, new BigInteger("3FFFC000000000000000", 16));
        assertImage("00000000 000000c0 ff3f0000 00000000", ld, "significand, sign+exponent, then 6 bytes of padding");
    }

    @Test
    void i128IsSixteenLittleEndianBytes() throws Exception {
        BigInteger value = new BigInteger("0102030405060708090a0b0c0d0e0f10", 16);
        assertImage("100f0e0d0c0b0a09 0807060504030201", new ConstantInt(IntegerType.I128, value), "lowest byte first");
    }

    @Test
    void doublesFloatsAndHalvesAreTheirRawBits() throws Exception {
        assertImage("00000000000002c0", ConstantFloat.ofDouble(-2.25), "double -2.25 is 0xc002000000000000");
        assertImage("0000c03f", ConstantFloat.ofFloat(1.5f), "float 1.5");
        assertImage("003c", new ConstantFloat(FloatingType.HALF, 0x3c00), "half 1.0");
    }

    @Test
    void oddIntegerWidthsTakeTheirStoreSize() throws Exception {
        assertImage("01", ConstantInt.ofBoolean(true), "i1 true is one byte 01");
        assertImage("56341200", ConstantInt.of(IntegerType.get(24), 0x123456), "i24 stores three bytes, padded to its 4-byte allocation");
        assertImage("ffffffff ffff0000", ConstantInt.of(IntegerType.get(48), -1), "i48 is six bytes, aligned to 8");
    }

    @Test
    void stringsWithEscapesAreTheirBytes() throws Exception {
        // const char msg[] = "a\tb\n\"q\"\\\x01\xff";  c"a\09b\0A\22q\22\\\01\FF\00"
        byte[] text = {'a', 9, 'b', 10, '"', 'q', '"', '\\', 1, (byte) 0xff, 0};
        assertImage("6109620a 2271225c 01ff00", new ConstantString(array(11, I8), text), "every escape decoded");
    }

    @Test
    void nestedArraysOfStructsWithAddressesGiveOneFieldPerAddress() throws Exception {
        // struct E { const char *name; int (*fn)(void); int *p; } table[2] =
        //     {{"x", f, &arr[0][1]}, {"yz", 0, &arr[2][1]}};
        GlobalVariable str = IrFixtures.global(null, ".str", new ConstantString(array(2, I8), "x\0".getBytes(StandardCharsets.US_ASCII)), 2);
        GlobalVariable arr = IrFixtures.global(null, "arr", new ZeroInitializer(array(3, array(2, I32))), 3);
        Function f = IrFixtures.function(null, "f", "entry");
        StructType e = struct(PTR, PTR, PTR);
        Constant table = arrayOf(e,
                structOf(e, str, f, gep(I8, arr, i64(4))),
                structOf(e, gep(I8, str, i64(1)), new ConstantNull(PTR), gep(array(3, array(2, I32)), arr, i64(0), i64(2), i64(1))));
        DataImage image = image(table);
        assertEquals(48, image.bytes().length, "two 24-byte structs");
        assertTrue(image.bytes().length > 0 && hex(image.bytes()).matches("0+"), "address fields stay zero in the image");
        assertEquals(List.of(
                new AddressField(0, SymbolicAddress.of(str, 0)),
                new AddressField(8, SymbolicAddress.of(f, 0)),
                new AddressField(16, SymbolicAddress.of(arr, 4)),
                new AddressField(24, SymbolicAddress.of(str, 1)),
                new AddressField(40, SymbolicAddress.of(arr, 20))), image.addresses(),
                "fields at 0, 8, 16, 24, 40 with offsets 0, 0, 4, 1, 20; the null at 32 needs none");
    }

    @Test
    void arraysOfMixedScalarsLineUpAtTheElementStride() throws Exception {
        StructType pair = struct(I32, I8);
        assertImage("01000000 02000000 03000000 04000000", arrayOf(pair, structOf(pair, i32(1), i8(2)), structOf(pair, i32(3), i8(4))),
                "{i32, i8} has stride 8");
    }

    @Test
    void vectorsLayElementsBackToBackAndPackI1Lanes() throws Exception {
        assertImage("0100 0200 0300 0400", new ConstantVector(new VectorType(4, I16), List.of(i16(1), i16(2), i16(3), i16(4))),
                "<4 x i16> is 8 bytes");
        Constant mask = new ConstantVector(new VectorType(8, IntegerType.I1), List.of(ConstantInt.ofBoolean(true),
                ConstantInt.ofBoolean(false), ConstantInt.ofBoolean(true), ConstantInt.ofBoolean(true),
                ConstantInt.ofBoolean(false), ConstantInt.ofBoolean(false), ConstantInt.ofBoolean(false),
                ConstantInt.ofBoolean(true)));
        assertImage("8d", mask, "<8 x i1> 1,0,1,1,0,0,0,1 is 0b10001101");
    }

    @Test
    void zeroinitializerUndefAndNullAreZeros() throws Exception {
        StructType s = struct(I8, I64);
        assertImage("00000000 00000000 00000000 00000000", new ZeroInitializer(s), "zeroinitializer of {i8, i64}");
        assertImage("00000000 00000000 00000000 00000000", structOf(s, new UndefValue(I8), i64(0)), "undef field is zero");
        assertTrue(image(new ZeroInitializer(array(100, PTR))).isAllZero(), "an all-zero image is recognised as such");
        assertFalse(image(ConstantFloat.ofDouble(-0.0)).isAllZero(), "-0.0 has a sign bit, so it is not all zero");
    }

    @Test
    void structuralZeroDetectionLooksThroughAggregates() {
        StructType s = struct(I32, FloatingType.DOUBLE);
        assertTrue(DataImageWriter.isStructurallyZero(arrayOf(s, structOf(s, i32(0), ConstantFloat.ofDouble(0.0)))),
                "{0, 0.0} elements are zero");
        assertFalse(DataImageWriter.isStructurallyZero(arrayOf(s, structOf(s, i32(0), ConstantFloat.ofDouble(-0.0)))),
                "-0.0 is not zero");
        assertFalse(DataImageWriter.isStructurallyZero(new ConstantString(array(2, I8), new byte[] {0, 1})),
                "a string with a 1 byte is not zero");
    }

    @Test
    void anAddressInA32BitFieldIsUnsupportedAtTheGivenLocation() {
        GlobalVariable g = IrFixtures.global(null, "g", i32(0), 2);
        Constant narrow = arrayOf(I32, i32(1), cast(Opcode.TRUNC, cast(Opcode.PTRTOINT, g, I64), I32));
        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class,
                () -> writer.write(narrow, at(77)), "an address in an i32 field cannot be relocated by a 64-bit relocation");
        assertEquals(77, e.location().line(), "reported at line 77");
        assertTrue(e.getMessage().contains("@g"), "the message names @g: " + e.getMessage());
    }
}
