package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;

/** Which source and destination types each cast accepts (LLVM's CastInst::castIsValid, in short). */
final class CastRules {
    private CastRules() {
    }

    static void check(TokenCursor cursor, Opcode opcode, Type from, Type to, Token at) throws IrSyntaxException {
        if (!valid(opcode, from, to)) {
            throw cursor.error(at, "invalid cast opcode for cast from '" + from + "' to '" + to + "'");
        }
    }

    private static boolean valid(Opcode opcode, Type from, Type to) {
        if (from instanceof VectorType || to instanceof VectorType) {
            if (opcode != Opcode.BITCAST) {
                if (!(from instanceof VectorType a) || !(to instanceof VectorType b) || a.length() != b.length()) {
                    return false;
                }
            }
        }
        Type f = from.scalarType();
        Type t = to.scalarType();
        return switch (opcode) {
            case TRUNC -> f instanceof IntegerType a && t instanceof IntegerType b && a.bits() > b.bits();
            case ZEXT, SEXT -> f instanceof IntegerType a && t instanceof IntegerType b && a.bits() < b.bits();
            case FPTRUNC -> f instanceof FloatingType a && t instanceof FloatingType b && a.bits() > b.bits();
            case FPEXT -> f instanceof FloatingType a && t instanceof FloatingType b && a.bits() < b.bits();
            case FPTOUI, FPTOSI -> f.isFloatingPoint() && t.isInteger();
            case UITOFP, SITOFP -> f.isInteger() && t.isFloatingPoint();
            case PTRTOINT -> f.isPointer() && t.isInteger();
            case INTTOPTR -> f.isInteger() && t.isPointer();
            case ADDRSPACECAST -> f.isPointer() && t.isPointer();
            case BITCAST -> from.isFirstClass() && to.isFirstClass() && !from.isAggregate() && !to.isAggregate()
                    && (from.isPointerOrPointerVector() == to.isPointerOrPointerVector());
            default -> false;
        };
    }
}
