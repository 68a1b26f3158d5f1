package org.hotlink.backend.x86.lower;

import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.ExtractValueInstruction;
import org.hotlink.ir.InsertValueInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/** extractvalue and insertvalue on aggregates kept as their flat list of leaf registers. */
final class AggregateLowering {
    private AggregateLowering() {
    }

    static void copyValue(LoweringContext cx, Instruction result, Value source) throws UnsupportedConstructException {
        int[] s = cx.parts(source);
        int[] d = cx.resultRegs(result);
        for (int i = 0; i < d.length; i++) {
            cx.move(d[i], s[i]);
        }
    }

    static void extractValue(LoweringContext cx, ExtractValueInstruction e) throws UnsupportedConstructException {
        int[] s = cx.parts(e.aggregate());
        int start = leafStart(cx, e.aggregate().type(), e.indices());
        int[] d = cx.resultRegs(e);
        for (int i = 0; i < d.length; i++) {
            cx.move(d[i], s[start + i]);
        }
    }

    static void insertValue(LoweringContext cx, InsertValueInstruction in) throws UnsupportedConstructException {
        int[] s = cx.parts(in.aggregate());
        int[] v = cx.parts(in.value());
        int start = leafStart(cx, in.aggregate().type(), in.indices());
        int[] d = cx.resultRegs(in);
        for (int i = 0; i < d.length; i++) {
            boolean replaced = i >= start && i < start + v.length;
            cx.move(d[i], replaced ? v[i - start] : s[i]);
        }
    }

    private static int leafStart(LoweringContext cx, Type type, int[] indices) throws UnsupportedConstructException {
        int start = 0;
        Type t = type;
        for (int index : indices) {
            if (t instanceof StructType s) {
                for (int k = 0; k < index; k++) {
                    start += ValueKinds.partCount(s.element(k), cx.layout);
                }
                t = s.element(index);
            } else if (t instanceof ArrayType a) {
                start += index * ValueKinds.partCount(a.elementType(), cx.layout);
                t = a.elementType();
            } else {
                throw cx.unsupported("aggregate index into " + t);
            }
        }
        return start;
    }
}
