package org.hotlink.backend.x86.regalloc;

import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;

/** Walks the registers an instruction reads and writes, explicit and implicit, uses before defs. */
final class OperandVisitor {
    interface RegisterConsumer {
        void accept(int reg);
    }

    private OperandVisitor() {
    }

    static void forEachUse(MachineInstruction in, RegisterConsumer consumer) {
        for (int i = 0; i < in.operandCount(); i++) {
            Operand op = in.operand(i);
            if (op instanceof Operand.Reg r) {
                char role = in.op().role(i);
                if (role == 'U' || role == 'X') {
                    consumer.accept(r.reg());
                }
            } else if (op instanceof Operand.Mem m) {
                if (m.base() != Regs.NONE) {
                    consumer.accept(m.base());
                }
                if (m.index() != Regs.NONE) {
                    consumer.accept(m.index());
                }
            }
        }
        for (int r : in.implicitUses()) {
            consumer.accept(r);
        }
    }

    static void forEachDef(MachineInstruction in, RegisterConsumer consumer) {
        for (int i = 0; i < in.operandCount(); i++) {
            if (in.operand(i) instanceof Operand.Reg r) {
                char role = in.op().role(i);
                if (role == 'D' || role == 'X') {
                    consumer.accept(r.reg());
                }
            }
        }
        for (int r : in.implicitDefs()) {
            consumer.accept(r);
        }
    }
}
