package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.hotlink.ir.FloatingType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.VoidType;
import org.junit.jupiter.api.Test;

class ReturnConversionTest {
    @Test
    void narrowIntegersAreSignExtendedFromTheirWidth() {
        assertEquals(-1L, ReturnConversion.of(IntegerType.I32).apply(0xdead_beef_ffff_ffffL),
                "the low 32 bits all ones are -1; the garbage above is dropped");
        assertEquals(0x7fL, ReturnConversion.of(IntegerType.I8).apply(0x1234_567fL), "i8 0x7f stays positive");
        assertEquals(-128L, ReturnConversion.of(IntegerType.I8).apply(0x80L), "i8 0x80 is -128");
    }

    @Test
    void boolIsZeroExtendedAndVoidIsZero() {
        assertEquals(1L, ReturnConversion.of(IntegerType.I1).apply(0xffL), "i1 keeps only its low bit");
        assertEquals(0L, ReturnConversion.of(VoidType.VOID).apply(1234L), "void gives 0");
    }

    @Test
    void pointersAndI64AreKeptWhole() {
        assertEquals(-2L, ReturnConversion.of(IntegerType.I64).apply(-2L), "i64 unchanged");
        assertEquals(0x7fff_0000_1234L, ReturnConversion.of(PointerType.PTR).apply(0x7fff_0000_1234L), "ptr unchanged");
    }

    @Test
    void otherTypesHaveNoConversion() {
        assertNull(ReturnConversion.of(IntegerType.I128), "i128 does not fit one register");
        assertNull(ReturnConversion.of(FloatingType.DOUBLE), "a double is not returned in an integer register");
    }
}
