package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;
import org.junit.jupiter.api.Test;

/** Test that DataLayout gives the System V x86-64 sizes and alignments, and LLVM's defaults for an empty layout string. */
class DataLayoutTest {
    private final DataLayout x86 = DataLayout.parse(DataLayout.X86_64_LINUX);

    private void check(DataLayout layout, Type type, long size, long allocSize, int align) {
        assertEquals(size, layout.sizeOf(type), "expected store size of " + type);
        assertEquals(allocSize, layout.allocSizeOf(type), "expected alloc size of " + type);
        assertEquals(align, layout.abiAlignmentOf(type), "expected ABI alignment of " + type);
    }

    @Test
    void scalarsFollowTheSysVAbi() {
        check(x86, IntegerType.I1, 1, 1, 1);
        check(x86, IntegerType.I8, 1, 1, 1);
        check(x86, IntegerType.I16, 2, 2, 2);
        check(x86, IntegerType.I32, 4, 4, 4);
        check(x86, IntegerType.I64, 8, 8, 8);
        check(x86, IntegerType.I128, 16, 16, 16);
        check(x86, IntegerType.get(24), 3, 4, 4);
        check(x86, FloatingType.FLOAT, 4, 4, 4);
        check(x86, FloatingType.DOUBLE, 8, 8, 8);
        check(x86, FloatingType.X86_FP80, 10, 16, 16);
        check(x86, FloatingType.FP128, 16, 16, 16);
        check(x86, PointerType.PTR, 8, 8, 8);
        assertEquals(8, x86.pointerSize(), "expected 8-byte pointers");
    }

    @Test
    void aggregatesAndVectorsAreLaidOutWithPadding() {
        StructType mixed = new StructType(List.of(IntegerType.I8, FloatingType.DOUBLE, IntegerType.I16, IntegerType.I64,
                IntegerType.I8), false);
        check(x86, mixed, 40, 40, 8);
        assertEquals(List.of(0L, 8L, 16L, 24L, 32L), x86.structLayout(mixed).offsets(), "expected C field offsets");
        StructType packed = new StructType(List.of(IntegerType.I8, IntegerType.I32, IntegerType.I16), true);
        check(x86, packed, 7, 7, 1);
        assertEquals(List.of(0L, 1L, 5L), x86.structLayout(packed).offsets(), "expected packed offsets");
        check(x86, new ArrayType(3, IntegerType.I32), 12, 12, 4);
        check(x86, new ArrayType(2, FloatingType.X86_FP80), 32, 32, 16);
        check(x86, new VectorType(4, FloatingType.FLOAT), 16, 16, 16);
        check(x86, new VectorType(2, FloatingType.FLOAT), 8, 8, 8);
        check(x86, new VectorType(3, IntegerType.I32), 12, 16, 16);
        check(x86, new VectorType(8, IntegerType.I1), 1, 1, 1);
        check(x86, new StructType(List.of(), false), 0, 0, 1);
    }

    @Test
    void emptyLayoutUsesLlvmDefaults() {
        DataLayout defaults = DataLayout.parse("");
        assertEquals(4, defaults.abiAlignmentOf(IntegerType.I64), "expected LLVM's default i64:32:64");
        assertEquals(4, defaults.abiAlignmentOf(IntegerType.I128), "expected the widest integer entry's alignment for i128");
        assertEquals(16, defaults.abiAlignmentOf(FloatingType.X86_FP80), "expected power-of-two fallback for f80");
        assertEquals(8, defaults.pointerSize(), "expected 64-bit default pointers");
    }

    @Test
    void customLayoutStringsAreRead() {
        DataLayout layout = DataLayout.parse("E-p:32:32-i64:64-a:32-S64");
        assertEquals(4, layout.pointerSize(), "expected p:32:32 to give 4-byte pointers");
        assertEquals(true, layout.isBigEndian(), "expected E to mean big endian");
        assertEquals(4, layout.abiAlignmentOf(new StructType(List.of(IntegerType.I8), false)),
                "expected a:32 to raise struct alignment to 4");
        assertEquals(8, layout.stackAlignment(), "expected S64 to give 8-byte stack alignment");
    }

    @Test
    void malformedLayoutStringsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DataLayout.parse("e-i64:sixty"), "expected a bad number to fail");
        assertThrows(IllegalArgumentException.class, () -> DataLayout.parse("e-q:1"), "expected an unknown spec to fail");
        assertThrows(IllegalArgumentException.class, () -> DataLayout.parse("e-i32:24"), "expected a non-power-of-two alignment to fail");
    }
}
