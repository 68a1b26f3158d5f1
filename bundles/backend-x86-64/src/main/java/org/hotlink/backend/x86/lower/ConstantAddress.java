package org.hotlink.backend.x86.lower;

import java.util.List;

import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.PoisonValue;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.UndefValue;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.ZeroInitializer;

/**
 * A constant reduced to "symbol + offset" or a plain integer: the form of constant expressions
 * (getelementptr, casts, add/sub) that clang puts into instruction operands.
 *
 * @param global the base global, or null
 * @param block  the base block address, or null
 * @param offset the byte offset or, without a base, the integer value
 */
record ConstantAddress(GlobalValue global, BlockAddress block, long offset) {
    boolean isInteger() {
        return global == null && block == null;
    }

    static ConstantAddress evaluate(Constant c, DataLayout layout, SourceLocation where) throws UnsupportedConstructException {
        if (c instanceof GlobalValue g) {
            return new ConstantAddress(g, null, 0);
        }
        if (c instanceof BlockAddress b) {
            return new ConstantAddress(null, b, 0);
        }
        if (c instanceof ConstantInt i) {
            return new ConstantAddress(null, null, i.longValue());
        }
        if (c instanceof ConstantNull || c instanceof ZeroInitializer || c instanceof UndefValue || c instanceof PoisonValue) {
            return new ConstantAddress(null, null, 0);
        }
        if (c instanceof ConstantExpression e) {
            switch (e.opcode()) {
                case BITCAST, PTRTOINT, INTTOPTR, ADDRSPACECAST -> {
                    ConstantAddress inner = evaluate(e.operand(0), layout, where);
                    if (e.opcode() == org.hotlink.ir.Opcode.PTRTOINT && inner.isInteger()) {
                        return inner;
                    }
                    return inner;
                }
                case GETELEMENTPTR -> {
                    ConstantAddress base = evaluate(e.operand(0), layout, where);
                    long offset = base.offset + gepOffset(e.sourceElementType(), e.operands().subList(1, e.operands().size()),
                            layout, where);
                    return new ConstantAddress(base.global, base.block, offset);
                }
                case ADD, SUB -> {
                    ConstantAddress a = evaluate(e.operand(0), layout, where);
                    ConstantAddress b = evaluate(e.operand(1), layout, where);
                    if (b.isInteger()) {
                        long off = e.opcode() == org.hotlink.ir.Opcode.ADD ? a.offset + b.offset : a.offset - b.offset;
                        return new ConstantAddress(a.global, a.block, off);
                    }
                    if (a.isInteger() && e.opcode() == org.hotlink.ir.Opcode.ADD) {
                        return new ConstantAddress(b.global, b.block, a.offset + b.offset);
                    }
                }
                default -> {
                }
            }
            throw new UnsupportedConstructException("unsupported: constant expression " + e.opcode().name().toLowerCase()
                    + " in an instruction operand", where);
        }
        throw new UnsupportedConstructException("unsupported: constant " + c.reference() + " as an address", where);
    }

    /** Byte offset of a getelementptr with constant indices over {@code sourceType}. */
    static long gepOffset(Type sourceType, List<? extends Constant> indices, DataLayout layout, SourceLocation where)
            throws UnsupportedConstructException {
        long offset = 0;
        Type t = sourceType;
        for (int k = 0; k < indices.size(); k++) {
            ConstantAddress idx = evaluate(indices.get(k), layout, where);
            if (!idx.isInteger()) {
                throw new UnsupportedConstructException("unsupported: symbolic getelementptr index", where);
            }
            if (k == 0) {
                offset += idx.offset * layout.allocSizeOf(t);
            } else if (t instanceof StructType s) {
                offset += layout.structLayout(s).offsetOf((int) idx.offset);
                t = s.element((int) idx.offset);
            } else if (t instanceof ArrayType a) {
                t = a.elementType();
                offset += idx.offset * layout.allocSizeOf(t);
            } else if (t instanceof VectorType v) {
                t = v.elementType();
                offset += idx.offset * layout.allocSizeOf(t);
            } else {
                throw new UnsupportedConstructException("unsupported: getelementptr into " + t, where);
            }
        }
        return offset;
    }
}
