package org.hotlink.ir;

import java.util.Arrays;

/** {@code c"..."}: an array of {@code i8} given as bytes (escapes already decoded). */
public final class ConstantString extends Constant {
    private final byte[] bytes;

    public ConstantString(ArrayType type, byte[] bytes) {
        super(type);
        if (!type.elementType().equals(IntegerType.I8) || type.length() != bytes.length) {
            throw new IllegalArgumentException("c\"...\" of " + bytes.length + " bytes does not match type " + type);
        }
        this.bytes = bytes.clone();
    }

    @Override
    public ArrayType type() {
        return (ArrayType) super.type();
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int index) {
        return bytes[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantString c && Arrays.equals(c.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String reference() {
        StringBuilder s = new StringBuilder("c\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 32 || c >= 127 || c == '"' || c == '\\') {
                s.append(String.format("\\%02X", c));
            } else {
                s.append((char) c);
            }
        }
        return s.append('"').toString();
    }
}
