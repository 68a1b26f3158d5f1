package org.hotlink.x86.asm;

import java.util.Objects;

/**
 * A memory operand: {@code [base + index*scale + disp]}, or RIP-relative {@code [rip + label + disp]} or
 * {@code [rip + symbol]} with a relocation (Intel SDM Vol. 2A, 2.1.5 and 2.2.1.6). Immutable.
 *
 * <p>The encoder handles the special cases of the ModRM/SIB encoding: a base of RSP or R12 always needs a
 * SIB byte, and a base of RBP or R13 cannot be encoded without a displacement, so a zero disp8 is written.
 * RSP cannot be an index (its SIB encoding means "no index").
 */
public final class Address {
    /** What the operand is relative to. */
    enum Form { BASE, RIP_LABEL, RIP_SYMBOL }

    private final Form form;
    private final Gpr base;
    private final Gpr index;
    private final int scale;
    private final int displacement;
    private final Label label;
    private final String symbol;
    private final RelocationKind relocationKind;
    private final long addend;

    private Address(Form form, Gpr base, Gpr index, int scale, int displacement, Label label, String symbol,
            RelocationKind relocationKind, long addend) {
        this.form = form;
        this.base = base;
        this.index = index;
        this.scale = scale;
        this.displacement = displacement;
        this.label = label;
        this.symbol = symbol;
        this.relocationKind = relocationKind;
        this.addend = addend;
    }

    /** {@code [base + disp]}. */
    public static Address of(Gpr base, int displacement) {
        Objects.requireNonNull(base, "base");
        return new Address(Form.BASE, base, null, 1, displacement, null, null, null, 0);
    }

    /**
     * {@code [base + index*scale + disp]}.
     *
     * @throws IllegalArgumentException if scale is not 1, 2, 4 or 8, or index is RSP
     */
    public static Address of(Gpr base, Gpr index, int scale, int displacement) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(index, "index");
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale must be 1, 2, 4 or 8, was " + scale);
        }
        if (index == Gpr.RSP) {
            throw new IllegalArgumentException("RSP cannot be an index register");
        }
        return new Address(Form.BASE, base, index, scale, displacement, null, null, null, 0);
    }

    /** {@code [rip + label + disp]}: the label's position in the same buffer plus disp. */
    public static Address rip(Label label, int displacement) {
        Objects.requireNonNull(label, "label");
        return new Address(Form.RIP_LABEL, null, null, 1, displacement, label, null, null, 0);
    }

    /**
     * {@code [rip + symbol + addend]} through a relocation. With {@link RelocationKind#PC32} the operand is
     * the symbol itself (it must lie within 2 GiB); with {@link RelocationKind#GOTPCREL} it is the symbol's
     * GOT entry (so {@code movq reg, addr} loads the symbol's address). The addend is the one the source
     * means (usually 0); the encoder subtracts the distance from the field to the instruction's end.
     *
     * @throws IllegalArgumentException for a kind other than PC32 or GOTPCREL, or an empty symbol
     */
    public static Address ripSymbol(String symbol, RelocationKind kind, long addend) {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("symbol name must not be empty");
        }
        if (kind != RelocationKind.PC32 && kind != RelocationKind.GOTPCREL) {
            throw new IllegalArgumentException(
                    "a RIP-relative operand takes a PC32 or GOTPCREL relocation, not " + kind);
        }
        return new Address(Form.RIP_SYMBOL, null, null, 1, 0, null, symbol, kind, addend);
    }

    /**
     * The same operand moved by {@code delta} bytes (for the second word of a wider value).
     *
     * @throws IllegalArgumentException if the displacement (or addend) would overflow 32 bits
     */
    public Address plus(int delta) {
        if (form == Form.RIP_SYMBOL) {
            return new Address(form, null, null, 1, 0, null, symbol, relocationKind, addend + delta);
        }
        long moved = (long) displacement + delta;
        if (moved != (int) moved) {
            throw new IllegalArgumentException("displacement " + displacement + " + " + delta + " overflows 32 bits");
        }
        return new Address(form, base, index, scale, (int) moved, label, symbol, relocationKind, addend);
    }

    Form form() {
        return form;
    }

    /** The base register, or null for a RIP-relative operand. */
    public Gpr base() {
        return base;
    }

    /** The index register, or null. */
    public Gpr index() {
        return index;
    }

    /** The scale factor 1, 2, 4 or 8 (1 when there is no index). */
    public int scale() {
        return scale;
    }

    /** The displacement (for a label operand, the offset from the label). */
    public int displacement() {
        return displacement;
    }

    Label label() {
        return label;
    }

    String symbol() {
        return symbol;
    }

    RelocationKind relocationKind() {
        return relocationKind;
    }

    long addend() {
        return addend;
    }

    @Override
    public String toString() {
        switch (form) {
            case RIP_LABEL:
                return "[rip + " + label + " + " + displacement + "]";
            case RIP_SYMBOL:
                return "[rip + " + symbol + "@" + relocationKind + " + " + addend + "]";
            default:
                return "[" + base + (index == null ? "" : " + " + index + "*" + scale) + " + " + displacement + "]";
        }
    }
}
