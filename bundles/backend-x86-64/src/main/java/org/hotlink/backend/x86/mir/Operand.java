package org.hotlink.backend.x86.mir;

/** An operand of a machine instruction. */
public sealed interface Operand {
    /** A physical or virtual register (numbering in {@link Regs}). */
    record Reg(int reg) implements Operand {
        private static final Reg[] PHYSICAL = new Reg[Regs.FIRST_VIRTUAL];

        static {
            for (int r = 0; r < PHYSICAL.length; r++) {
                PHYSICAL[r] = new Reg(r);
            }
        }

        /** The operand for {@code reg}; shared for physical registers (operands are immutable). */
        public static Reg of(int reg) {
            return reg >= 0 && reg < Regs.FIRST_VIRTUAL ? PHYSICAL[reg] : new Reg(reg);
        }

        @Override
        public String toString() {
            return Regs.name(reg);
        }
    }

    /** An immediate; the instruction's width decides how it is encoded. */
    record Imm(long value) implements Operand {
        @Override
        public String toString() {
            return "$" + value;
        }
    }

    /**
     * A memory reference: {@code [base + index*scale + disp]}, or a frame slot plus disp, or a
     * RIP-relative symbol plus disp ({@code got} loads the symbol's GOT slot instead).
     */
    record Mem(int base, int index, int scale, long disp, FrameSlot slot, String symbol, boolean got)
            implements Operand {
        public static Mem of(int base, long disp) {
            return new Mem(base, Regs.NONE, 1, disp, null, null, false);
        }

        public static Mem indexed(int base, int index, int scale, long disp) {
            return new Mem(base, index, scale, disp, null, null, false);
        }

        public static Mem slot(FrameSlot slot, long disp) {
            return new Mem(Regs.NONE, Regs.NONE, 1, disp, slot, null, false);
        }

        public static Mem symbol(String symbol, long disp) {
            return new Mem(Regs.NONE, Regs.NONE, 1, disp, null, symbol, false);
        }

        public static Mem gotSlot(String symbol) {
            return new Mem(Regs.NONE, Regs.NONE, 1, 0, null, symbol, true);
        }

        public Mem withDisp(long newDisp) {
            return new Mem(base, index, scale, newDisp, slot, symbol, got);
        }

        public Mem withRegs(int newBase, int newIndex) {
            return new Mem(newBase, newIndex, scale, disp, slot, symbol, got);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("[");
            if (slot != null) {
                s.append(slot);
            } else if (symbol != null) {
                s.append("rip+").append(symbol).append(got ? "@GOT" : "");
            } else {
                s.append(Regs.name(base));
                if (index != Regs.NONE) {
                    s.append('+').append(Regs.name(index)).append('*').append(scale);
                }
            }
            if (disp != 0) {
                s.append(disp > 0 ? "+" : "").append(disp);
            }
            return s.append(']').toString();
        }
    }

    /** A branch target. */
    record Block(MachineBlock target) implements Operand {
        @Override
        public String toString() {
            return target.name();
        }
    }

    /** A symbol used as a call target or a jump table's entries. */
    record Symbol(String name) implements Operand {
        @Override
        public String toString() {
            return name;
        }
    }
}
