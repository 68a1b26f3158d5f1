package org.hotlink.codegen.common;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantArray;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Module;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VoidType;

/** Builds small IR models by hand for tests, as the parser would build them from text. */
final class IrFixtures {
    static final PointerType PTR = PointerType.PTR;
    static final IntegerType I8 = IntegerType.I8;
    static final IntegerType I16 = IntegerType.I16;
    static final IntegerType I32 = IntegerType.I32;
    static final IntegerType I64 = IntegerType.I64;

    private IrFixtures() {
    }

    /** A location that tests can recognise in diagnostics. */
    static SourceLocation at(int line) {
        return new SourceLocation("test.ll", line, 1, "@line" + line);
    }

    static ConstantInt i8(long v) {
        return ConstantInt.of(I8, v);
    }

    static ConstantInt i16(long v) {
        return ConstantInt.of(I16, v);
    }

    static ConstantInt i32(long v) {
        return ConstantInt.of(I32, v);
    }

    static ConstantInt i64(long v) {
        return ConstantInt.of(I64, v);
    }

    static ArrayType array(long length, Type element) {
        return new ArrayType(length, element);
    }

    static StructType struct(Type... elements) {
        return new StructType(List.of(elements), false);
    }

    static StructType packed(Type... elements) {
        return new StructType(List.of(elements), true);
    }

    static ConstantArray arrayOf(Type element, Constant... elements) {
        return new ConstantArray(array(elements.length, element), List.of(elements));
    }

    static ConstantStruct structOf(StructType type, Constant... elements) {
        return new ConstantStruct(type, List.of(elements));
    }

    /** {@code getelementptr (source, base, indices...)}. */
    static ConstantExpression gep(Type source, Constant base, Constant... indices) {
        Constant[] operands = new Constant[indices.length + 1];
        operands[0] = base;
        System.arraycopy(indices, 0, operands, 1, indices.length);
        return new ConstantExpression(Opcode.GETELEMENTPTR, PTR, Arrays.asList(operands), Set.of("inbounds"), source, null);
    }

    static ConstantExpression cast(Opcode opcode, Constant operand, Type to) {
        return new ConstantExpression(opcode, to, List.of(operand), Set.of(), null, null);
    }

    static ConstantExpression binary(Opcode opcode, Constant lhs, Constant rhs) {
        return new ConstantExpression(opcode, lhs.type(), List.of(lhs, rhs), Set.of(), null, null);
    }

    /** A defined global variable {@code @name = global <init>} placed at line {@code line}. */
    static GlobalVariable global(Module module, String name, Constant initializer, int line) {
        GlobalVariable g = new GlobalVariable(name, initializer.type(), 0);
        g.setInitializer(initializer);
        g.setLocation(at(line));
        if (module != null) {
            module.addGlobal(g);
        }
        return g;
    }

    /** A declared global variable {@code @name = external global <type>}. */
    static GlobalVariable external(Module module, String name, Type type) {
        GlobalVariable g = new GlobalVariable(name, type, 0);
        if (module != null) {
            module.addGlobal(g);
        }
        return g;
    }

    /** A function {@code void @name()}, defined with the named blocks, or declared when none are given. */
    static Function function(Module module, String name, String... blocks) {
        Function f = new Function(name, new FunctionType(VoidType.VOID, List.of(), false), 0);
        for (String block : blocks) {
            f.appendBlock(new BasicBlock(block));
        }
        if (module != null) {
            module.addFunction(f);
        }
        return f;
    }

    /** Hex of bytes, two digits each, for readable assertion messages. */
    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b & 0xff));
        }
        return s.toString();
    }

    /** Bytes from a hex string such as {@code "0100 0000"} (spaces ignored). */
    static byte[] bytes(String hex) {
        String h = hex.replace(" ", "");
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
