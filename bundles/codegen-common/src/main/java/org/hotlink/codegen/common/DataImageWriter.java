package org.hotlink.codegen.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantArray;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.ConstantString;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.ConstantVector;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.PoisonValue;
import org.hotlink.ir.StructLayout;
import org.hotlink.ir.Type;
import org.hotlink.ir.UndefValue;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.ZeroInitializer;

/**
 * Lays out a constant's bytes as the data layout places them in memory (little-endian only):
 * integers of any width in their store size ({@code i1} as one byte), floats as their raw bits
 * ({@code x86_fp80} as 10 bytes, padded to its allocation size), arrays at the element's
 * allocation size, structs at their layout's offsets with zero padding (packed ones without),
 * vectors element after element (elements narrower than a byte packed as bits, lowest lane in
 * the lowest bit), {@code zeroinitializer}, {@code null}, {@code undef} and {@code poison} as
 * zeros. Addresses become {@link AddressField}s; they must fill a pointer-sized field. The
 * difference of two symbols' addresses (clang's relative lookup tables) becomes a
 * {@link RelativeField} of the integer field's size. Thread-safe.
 */
public final class DataImageWriter {
    /** Images are Java arrays; bigger constants are refused rather than truncated. */
    private static final long MAX_IMAGE_BYTES = Integer.MAX_VALUE - 16;

    private final ConstantEvaluator evaluator;
    private final DataLayout layout;

    public DataImageWriter(ConstantEvaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.layout = evaluator.layout();
        if (layout.isBigEndian()) {
            throw new IllegalArgumentException("big-endian data layouts are not supported: " + layout);
        }
    }

    /**
     * The image of {@code constant}, {@code allocSizeOf(constant.type())} bytes long.
     *
     * @param at the location of the global or instruction holding the constant, for diagnostics
     * @throws UnsupportedConstructException for a part that cannot be laid out, naming it, at {@code at}
     */
    public DataImage write(Constant constant, SourceLocation at) throws UnsupportedConstructException {
        long size = layout.allocSizeOf(constant.type());
        if (size > MAX_IMAGE_BYTES) {
            throw new UnsupportedConstructException("unsupported: constant of " + size + " bytes (type "
                    + constant.type() + ") is too large", at);
        }
        byte[] bytes = new byte[(int) size];
        Fields fields = new Fields();
        write(constant, bytes, 0, fields, at);
        return new DataImage(bytes, fields.addresses, fields.relatives);
    }

    /**
     * Whether {@code constant} is zero everywhere, decided from its structure without laying it out
     * ({@code -0.0} is not zero). False does not prove the image has a non-zero byte.
     */
    public static boolean isStructurallyZero(Constant constant) {
        if (constant instanceof ZeroInitializer || constant instanceof ConstantNull || constant instanceof UndefValue
                || constant instanceof PoisonValue) {
            return true;
        }
        if (constant instanceof ConstantInt c) {
            return c.isZero();
        }
        if (constant instanceof ConstantFloat c) {
            return c.rawBits().signum() == 0;
        }
        if (constant instanceof ConstantString s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.byteAt(i) != 0) {
                    return false;
                }
            }
            return true;
        }
        if (constant instanceof ConstantArray || constant instanceof ConstantStruct || constant instanceof ConstantVector) {
            for (Constant element : ((org.hotlink.ir.ConstantAggregate) constant).elements()) {
                if (!isStructurallyZero(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private void write(Constant constant, byte[] bytes, int offset, Fields fields, SourceLocation at)
            throws UnsupportedConstructException {
        if (constant instanceof ZeroInitializer || constant instanceof UndefValue || constant instanceof PoisonValue
                || constant instanceof ConstantNull) {
            return;
        }
        if (constant instanceof ConstantString string) {
            byte[] source = string.bytes();
            System.arraycopy(source, 0, bytes, offset, source.length);
        } else if (constant instanceof ConstantArray array) {
            long stride = layout.allocSizeOf(array.type().elementType());
            for (int i = 0; i < array.elementCount(); i++) {
                write(array.element(i), bytes, offset + (int) (i * stride), fields, at);
            }
        } else if (constant instanceof ConstantStruct struct) {
            StructLayout structLayout = layout.structLayout(struct.type());
            if (struct.elementCount() != struct.type().elementCount()) {
                throw new IllegalStateException("struct constant " + ConstantEvaluator.describe(struct) + " has "
                        + struct.elementCount() + " elements for type " + struct.type());
            }
            for (int i = 0; i < struct.elementCount(); i++) {
                write(struct.element(i), bytes, offset + (int) structLayout.offsetOf(i), fields, at);
            }
        } else if (constant instanceof ConstantVector vector) {
            writeVector(vector, bytes, offset, fields, at);
        } else {
            writeScalar(constant, constant.type(), bytes, offset, fields, at);
        }
    }

    private void writeVector(ConstantVector vector, byte[] bytes, int offset, Fields fields,
            SourceLocation at) throws UnsupportedConstructException {
        VectorType type = vector.type();
        long elementBits = layout.sizeInBits(type.elementType());
        if (elementBits % 8 == 0) {
            for (int i = 0; i < vector.elementCount(); i++) {
                writeScalar(vector.element(i), type.elementType(), bytes, offset + (int) (i * elementBits / 8), fields, at);
            }
            return;
        }
        // Lanes narrower than a byte (<8 x i1> masks, i4...) are packed as a bit string.
        for (int i = 0; i < vector.elementCount(); i++) {
            ConstantValue lane = evaluator.evaluate(vector.element(i), at);
            if (!(lane instanceof IntegerValue number)) {
                throw new UnsupportedConstructException("unsupported: address in a " + elementBits
                        + "-bit vector lane of " + ConstantEvaluator.describe(vector), at);
            }
            for (int bit = 0; bit < elementBits; bit++) {
                if (number.bits().testBit(bit)) {
                    long position = i * elementBits + bit;
                    bytes[offset + (int) (position / 8)] |= (byte) (1 << (position % 8));
                }
            }
        }
    }

    private void writeScalar(Constant constant, Type fieldType, byte[] bytes, int offset, Fields fields,
            SourceLocation at) throws UnsupportedConstructException {
        if (fieldType.isAggregate() || fieldType.isVector()) {
            throw new UnsupportedConstructException("unsupported: constant " + ConstantEvaluator.describe(constant)
                    + " of aggregate type " + fieldType + " in a global initializer", at);
        }
        int fieldSize = (int) layout.sizeOf(fieldType);
        if (constant instanceof ConstantInt c && fieldSize <= Long.BYTES) {
            // The common case of big tables: no BigInteger per element.
            // Store the width's bit pattern zero-extended: i1 true is 01, not ff.
            long pattern = c.bits() < Long.SIZE ? c.longValue() & ((1L << c.bits()) - 1) : c.longValue();
            writeLittleEndian(pattern, bytes, offset, fieldSize);
            return;
        }
        if (constant instanceof ConstantFloat c && fieldSize <= Long.BYTES) {
            writeLittleEndian(c.longBits(), bytes, offset, fieldSize);
            return;
        }
        if (constant instanceof ConstantExpression && fieldType.isInteger()) {
            AddressDifference difference = evaluator.evaluateAddressDifference(constant, at);
            if (difference != null) {
                fields.relatives.add(new RelativeField(offset, fieldSize, difference));
                return;
            }
        }
        ConstantValue value = evaluator.evaluate(constant, at);
        if (value instanceof IntegerValue number) {
            number.writeLittleEndian(bytes, offset, fieldSize);
            return;
        }
        if (fieldSize != layout.pointerSize()) {
            throw new UnsupportedConstructException("unsupported: address " + value + " in a " + fieldSize
                    + "-byte field (" + ConstantEvaluator.describe(constant) + "); only pointer-sized fields can be relocated", at);
        }
        fields.addresses.add(new AddressField(offset, (SymbolicAddress) value));
    }

    private static void writeLittleEndian(long value, byte[] bytes, int offset, int count) {
        for (int i = 0; i < count; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** The link-time fields found while laying out one constant, in offset order. */
    private static final class Fields {
        final List<AddressField> addresses = new ArrayList<>();
        final List<RelativeField> relatives = new ArrayList<>();
    }
}
