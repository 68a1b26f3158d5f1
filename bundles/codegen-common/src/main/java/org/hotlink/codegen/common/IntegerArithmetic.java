package org.hotlink.codegen.common;

import java.math.BigInteger;

import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.Predicate;

/**
 * Integer arithmetic and {@code icmp} of constant expressions, with LLVM's wrapping semantics
 * at the operands' width. An address takes part only where the result stays one symbol plus an
 * offset ({@code add}, {@code sub} of a number) or becomes a number (difference or equality of
 * two addresses of one symbol).
 */
final class IntegerArithmetic {
    private IntegerArithmetic() {
    }

    static ConstantValue fold(ConstantExpression e, ConstantValue lhs, ConstantValue rhs, SourceLocation at)
            throws UnsupportedConstructException {
        if (lhs instanceof IntegerValue a && rhs instanceof IntegerValue b) {
            return foldNumbers(e, a, b, at);
        }
        if (e.opcode() == Opcode.ADD) {
            if (lhs instanceof SymbolicAddress address && rhs instanceof IntegerValue number) {
                return address.plus(number.longValue());
            }
            if (lhs instanceof IntegerValue number && rhs instanceof SymbolicAddress address) {
                return address.plus(number.longValue());
            }
        }
        if (e.opcode() == Opcode.SUB) {
            if (lhs instanceof SymbolicAddress address && rhs instanceof IntegerValue number) {
                return address.plus(-number.longValue());
            }
            if (lhs instanceof SymbolicAddress a && rhs instanceof SymbolicAddress b && sameSymbol(a, b)) {
                return IntegerValue.of(a.offset() - b.offset(), widthOf(e));
            }
        }
        throw ConstantEvaluator.unsupported(e, "'" + e.opcode().keyword() + "' on an address that only the linker knows", at);
    }

    static ConstantValue compare(ConstantExpression e, ConstantValue lhs, ConstantValue rhs, SourceLocation at)
            throws UnsupportedConstructException {
        Predicate predicate = e.predicate();
        if (!predicate.isIntegerPredicate()) {
            throw ConstantEvaluator.unsupported(e, "constant fcmp", at);
        }
        if (lhs instanceof IntegerValue a && rhs instanceof IntegerValue b) {
            return bool(test(predicate, a, b));
        }
        if (lhs instanceof SymbolicAddress a && rhs instanceof SymbolicAddress b && sameSymbol(a, b)
                && (predicate == Predicate.EQ || predicate == Predicate.NE)) {
            return bool((a.offset() == b.offset()) == (predicate == Predicate.EQ));
        }
        throw ConstantEvaluator.unsupported(e, "comparison of addresses that only the linker knows", at);
    }

    private static IntegerValue foldNumbers(ConstantExpression e, IntegerValue a, IntegerValue b, SourceLocation at)
            throws UnsupportedConstructException {
        int width = a.width();
        if (b.width() != width) {
            throw new IllegalStateException("operands of " + ConstantEvaluator.describe(e) + " have widths "
                    + width + " and " + b.width());
        }
        BigInteger x = a.bits();
        BigInteger y = b.bits();
        BigInteger result = switch (e.opcode()) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            case MUL -> x.multiply(y);
            case AND -> x.and(y);
            case OR -> x.or(y);
            case XOR -> x.xor(y);
            case SHL -> shiftAmount(b) < 0 ? null : x.shiftLeft(shiftAmount(b));
            case LSHR -> shiftAmount(b) < 0 ? null : x.shiftRight(shiftAmount(b));
            case ASHR -> shiftAmount(b) < 0 ? null : a.signedValue().shiftRight(shiftAmount(b));
            case UDIV -> y.signum() == 0 ? null : x.divide(y);
            case UREM -> y.signum() == 0 ? null : x.remainder(y);
            case SDIV -> y.signum() == 0 ? null : a.signedValue().divide(b.signedValue());
            case SREM -> y.signum() == 0 ? null : a.signedValue().remainder(b.signedValue());
            default -> throw new IllegalStateException("not an integer operation: " + e.opcode());
        };
        if (result == null) {
            throw ConstantEvaluator.unsupported(e, "a constant " + e.opcode().keyword()
                    + " whose result is poison (division by zero or shift past the width)", at);
        }
        return new IntegerValue(result, width);
    }

    /** The shift amount, or -1 when it reaches the width (the result is poison). */
    private static int shiftAmount(IntegerValue amount) {
        return amount.bits().compareTo(BigInteger.valueOf(amount.width())) >= 0 ? -1 : amount.bits().intValue();
    }

    private static boolean test(Predicate predicate, IntegerValue a, IntegerValue b) {
        int unsigned = a.bits().compareTo(b.bits());
        int signed = a.signedValue().compareTo(b.signedValue());
        return switch (predicate) {
            case EQ -> unsigned == 0;
            case NE -> unsigned != 0;
            case UGT -> unsigned > 0;
            case UGE -> unsigned >= 0;
            case ULT -> unsigned < 0;
            case ULE -> unsigned <= 0;
            case SGT -> signed > 0;
            case SGE -> signed >= 0;
            case SLT -> signed < 0;
            case SLE -> signed <= 0;
            default -> throw new IllegalStateException("not an integer predicate: " + predicate);
        };
    }

    private static boolean sameSymbol(SymbolicAddress a, SymbolicAddress b) {
        return a.target() == b.target() && a.block() == b.block();
    }

    private static int widthOf(ConstantExpression e) {
        return ((org.hotlink.ir.IntegerType) e.type()).bits();
    }

    private static IntegerValue bool(boolean value) {
        return IntegerValue.of(value ? 1 : 0, 1);
    }
}
