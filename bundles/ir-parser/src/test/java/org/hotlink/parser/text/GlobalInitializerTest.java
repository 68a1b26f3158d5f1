package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hotlink.ir.ConstantArray;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.ConstantString;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Module;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.ThreadLocalMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test that globals of globals.c, compiled by clang-19 -O0, come out with the initializers and properties the C source gives them. */
class GlobalInitializerTest {
    @TempDir
    static Path work;
    static Module module;

    @BeforeAll
    static void compile() throws IOException {
        Path ll = IrTestSupport.emitIr("clang-19", IrTestSupport.C_SOURCES.resolve("globals.c"), work, "O0", "-O0");
        module = IrTestSupport.parse(Files.readString(ll));
    }

    @Test
    void intArrayInitializerHoldsTheElements() {
        GlobalVariable hidden = module.global("hidden");
        assertEquals(Linkage.INTERNAL, hidden.linkage(), "expected static int hidden[] to be internal");
        ConstantArray init = assertInstanceOf(ConstantArray.class, hidden.initializer(), "expected an array initializer");
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 1, ((ConstantInt) init.element(i)).longValue(), "expected hidden[" + i + "] = " + (i + 1));
        }
        assertEquals(16, hidden.alignment(), "expected align 16 as clang prints it");
    }

    @Test
    void pointerArrayPointsAtStringsAndEndsWithNull() {
        ConstantArray names = (ConstantArray) module.global("names").initializer();
        GlobalVariable first = assertInstanceOf(GlobalVariable.class, names.element(0), "expected a pointer to a string global");
        ConstantString alpha = assertInstanceOf(ConstantString.class, first.initializer(), "expected c\"alpha\\00\"");
        assertArrayEquals("alpha\0".getBytes(StandardCharsets.US_ASCII), alpha.bytes(), "expected the bytes of \"alpha\"");
        assertTrue(first.isConstant() && first.linkage() == Linkage.PRIVATE, "expected a private constant string");
        assertInstanceOf(ConstantNull.class, names.element(3), "expected the terminating null pointer");
    }

    @Test
    void addressOfArrayElementIsAConstantGep() {
        ConstantExpression gep = assertInstanceOf(ConstantExpression.class, module.global("ptr_to_elem").initializer(),
                "expected &hidden[2] as a constant expression");
        assertEquals(Opcode.GETELEMENTPTR, gep.opcode(), "expected a getelementptr");
        assertSame(module.global("hidden"), gep.operand(0), "expected the base to be @hidden");
        assertEquals(8, ((ConstantInt) gep.operand(1)).longValue(), "expected byte offset 8 = 2 * sizeof(int)");
    }

    @Test
    void structTableHoldsFunctionAndGlobalAddresses() {
        ConstantArray table = (ConstantArray) module.global("table").initializer();
        ConstantStruct entry = assertInstanceOf(ConstantStruct.class, table.element(0), "expected struct entries");
        assertSame(module.global("counter"), entry.element(1), "expected &counter in table[0].value");
        assertSame(module.function("add1"), entry.element(2), "expected add1 in table[0].op");
    }

    @Test
    void linkageThreadLocalAndWideValuesAreKept() {
        assertEquals(0x123456789abcL, ((ConstantInt) module.global("big").initializer()).longValue(), "expected big's value");
        assertEquals(ThreadLocalMode.GENERAL_DYNAMIC, module.global("per_thread").threadLocalMode(),
                "expected _Thread_local to parse as thread_local");
        assertEquals(Linkage.WEAK, module.global("weak_value").linkage(), "expected weak linkage");
        assertTrue(module.global("stdout") == null, "expected no stdout global in this program");
        assertTrue(module.global("buffer").initializer() != null && module.global("buffer").isDsoLocal(),
                "expected buffer to be a zero-initialized dso_local definition");
    }
}
