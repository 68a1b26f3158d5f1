package org.hotlink.codegen.common;

import java.math.BigInteger;
import java.util.Objects;

import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.PoisonValue;
import org.hotlink.ir.Type;
import org.hotlink.ir.UndefValue;
import org.hotlink.ir.ZeroInitializer;

/**
 * Folds a scalar constant, constant expressions nested to any depth included, into a
 * {@link ConstantValue}: a bit pattern, or a symbol plus offset that the linker completes.
 *
 * <p>Integers and floats give their bit patterns; {@code null}, {@code undef}, {@code poison}
 * and {@code zeroinitializer} of a scalar give zero. Globals give themselves at offset 0, aliases
 * what their aliasee gives, {@code blockaddress} its block. Expressions: {@code getelementptr}
 * (constant indices, struct fields, negative indices; {@code inbounds} and {@code inrange} do
 * not change the address), {@code bitcast}, {@code addrspacecast}, {@code ptrtoint},
 * {@code inttoptr}, {@code trunc}, {@code zext}, {@code sext}, integer arithmetic and
 * {@code icmp}. Arithmetic on an address is folded only where the result is still one symbol
 * plus an offset of pointer width ({@code add}, {@code sub} of an integer, and the difference of
 * two addresses within one symbol). Everything else is an {@link UnsupportedConstructException}
 * naming the construct, at the location the caller gives (the global or instruction holding it).
 * Thread-safe and stateless apart from the layout.
 */
public final class ConstantEvaluator {
    /** Deeper alias chains than this are taken for a cycle (the verifier should have refused one). */
    private static final int MAX_ALIAS_DEPTH = 64;

    private final DataLayout layout;
    private final int pointerBits;

    public ConstantEvaluator(DataLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.pointerBits = 8 * layout.pointerSize();
    }

    public DataLayout layout() {
        return layout;
    }

    /**
     * Evaluates a scalar constant (integer, float, pointer or an expression giving one).
     *
     * @param at where the constant occurs, for diagnostics
     * @throws UnsupportedConstructException naming the first part that cannot be folded, at {@code at}
     */
    public ConstantValue evaluate(Constant constant, SourceLocation at) throws UnsupportedConstructException {
        return evaluate(constant, at, 0);
    }

    /**
     * Evaluates a constant that must give a number, such as an index or a switch case.
     *
     * @throws UnsupportedConstructException when it is an address that only the linker knows
     */
    public IntegerValue evaluateInteger(Constant constant, SourceLocation at) throws UnsupportedConstructException {
        ConstantValue value = evaluate(constant, at);
        if (value instanceof IntegerValue integer) {
            return integer;
        }
        throw new UnsupportedConstructException("unsupported: address " + value + " where a number is needed in "
                + describe(constant), at);
    }

    /**
     * Recognises the difference of the addresses of two different symbols, possibly truncated
     * ({@code trunc (sub (ptrtoint @a, ptrtoint @b))}), which {@link #evaluate} refuses because it
     * is not one symbol plus an offset.
     *
     * @return the difference, or null when {@code constant} does not have that shape
     */
    public AddressDifference evaluateAddressDifference(Constant constant, SourceLocation at)
            throws UnsupportedConstructException {
        Constant current = constant;
        while (current instanceof ConstantExpression e && e.opcode() == Opcode.TRUNC) {
            current = e.operand(0);
        }
        if (!(current instanceof ConstantExpression sub) || sub.opcode() != Opcode.SUB
                || sub.type().isVector()) {
            return null;
        }
        ConstantValue minuend = evaluate(sub.operand(0), at, 0);
        ConstantValue subtrahend = evaluate(sub.operand(1), at, 0);
        if (minuend instanceof SymbolicAddress a && subtrahend instanceof SymbolicAddress b
                && (a.target() != b.target() || a.block() != b.block())) {
            return new AddressDifference(a, b);
        }
        return null;
    }

    private ConstantValue evaluate(Constant constant, SourceLocation at, int aliasDepth)
            throws UnsupportedConstructException {
        Objects.requireNonNull(constant, "constant");
        if (constant instanceof ConstantInt c) {
            return new IntegerValue(c.unsignedValue(), c.bits());
        }
        if (constant instanceof ConstantFloat c) {
            return new IntegerValue(c.rawBits(), c.type().bits());
        }
        if (constant instanceof ConstantNull || constant instanceof UndefValue || constant instanceof PoisonValue
                || constant instanceof ZeroInitializer) {
            return IntegerValue.zero(scalarWidth(constant.type(), constant, at));
        }
        if (constant instanceof GlobalAlias alias) {
            if (aliasDepth >= MAX_ALIAS_DEPTH) {
                throw new UnsupportedConstructException("unsupported: alias chain through @" + alias.name()
                        + " is deeper than " + MAX_ALIAS_DEPTH + " (a cycle?)", at);
            }
            if (alias.aliasee() == null) {
                throw new IllegalStateException("alias @" + alias.name() + " has no aliasee after parsing");
            }
            return evaluate(alias.aliasee(), at, aliasDepth + 1);
        }
        if (constant instanceof Function function && function.isIntrinsic()) {
            throw new UnsupportedConstructException("unsupported: address of intrinsic @" + function.name(), at);
        }
        if (constant instanceof GlobalValue global) {
            return SymbolicAddress.of(global, 0);
        }
        if (constant instanceof BlockAddress address) {
            if (address.block() == null) {
                throw new IllegalStateException("blockaddress(@" + address.function().name() + ", %"
                        + address.blockName() + ") was never resolved to a block");
            }
            return SymbolicAddress.ofBlock(address.function(), address.block());
        }
        if (constant instanceof ConstantExpression expression) {
            if (expression.type().isVector()) {
                throw unsupported(expression, "a vector-typed constant expression", at);
            }
            return expression(expression, at, aliasDepth);
        }
        throw new UnsupportedConstructException("unsupported: constant " + describe(constant)
                + " where a scalar value is needed", at);
    }

    private ConstantValue expression(ConstantExpression e, SourceLocation at, int aliasDepth)
            throws UnsupportedConstructException {
        return switch (e.opcode()) {
            case GETELEMENTPTR -> new GepOffsetFolder(this, layout).fold(e, at, aliasDepth);
            case BITCAST, ADDRSPACECAST -> sameBits(e, at, aliasDepth);
            case PTRTOINT, INTTOPTR, TRUNC, ZEXT -> resize(e, at, aliasDepth, false);
            case SEXT -> resize(e, at, aliasDepth, true);
            case ADD, SUB, MUL, AND, OR, XOR, SHL, LSHR, ASHR, UDIV, SDIV, UREM, SREM ->
                    IntegerArithmetic.fold(e, evaluate(e.operand(0), at, aliasDepth), evaluate(e.operand(1), at, aliasDepth), at);
            case ICMP -> IntegerArithmetic.compare(e, evaluate(e.operand(0), at, aliasDepth),
                    evaluate(e.operand(1), at, aliasDepth), at);
            default -> throw unsupported(e, "constant expression '" + e.opcode().keyword() + "'", at);
        };
    }

    /** Evaluates an operand while folding an enclosing expression (keeps the alias depth). */
    ConstantValue evaluateOperand(Constant operand, SourceLocation at, int aliasDepth) throws UnsupportedConstructException {
        return evaluate(operand, at, aliasDepth);
    }

    private ConstantValue sameBits(ConstantExpression e, SourceLocation at, int aliasDepth) throws UnsupportedConstructException {
        Constant operand = e.operand(0);
        int from = scalarWidth(operand.type(), e, at);
        int to = scalarWidth(e.type(), e, at);
        if (from != to) {
            throw unsupported(e, e.opcode().keyword() + " between types of different sizes", at);
        }
        return evaluate(operand, at, aliasDepth);
    }

    /** ptrtoint, inttoptr, trunc, zext, sext: a number changes width; an address must stay pointer-wide. */
    private ConstantValue resize(ConstantExpression e, SourceLocation at, int aliasDepth, boolean signed)
            throws UnsupportedConstructException {
        int to = scalarWidth(e.type(), e, at);
        ConstantValue value = evaluate(e.operand(0), at, aliasDepth);
        if (value instanceof IntegerValue integer) {
            return integer.resize(to, signed);
        }
        if (to != pointerBits) {
            throw new UnsupportedConstructException("unsupported: address " + value + " in a " + to
                    + "-bit value (" + describe(e) + "); only pointer-wide addresses can be relocated", at);
        }
        return value;
    }

    /** Width in bits of a scalar type: integers, floats and pointers. */
    int scalarWidth(Type type, Constant where, SourceLocation at) throws UnsupportedConstructException {
        if (type instanceof IntegerType t) {
            return t.bits();
        }
        if (type instanceof FloatingType t) {
            return t.bits();
        }
        if (type instanceof PointerType t) {
            return 8 * layout.pointerSize(t.addressSpace());
        }
        throw new UnsupportedConstructException("unsupported: constant " + describe(where) + " of type " + type
                + " where a scalar value is needed", at);
    }

    static UnsupportedConstructException unsupported(Constant constant, String what, SourceLocation at) {
        return new UnsupportedConstructException("unsupported: " + what + " in " + describe(constant), at);
    }

    /** The constant as IR prints it, cut short so that messages stay one readable line. */
    static String describe(Constant constant) {
        String text = constant.reference();
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }

    static BigInteger mask(int width) {
        return IntegerValue.mask(width);
    }
}
