package org.hotlink.ir;

/** {@code shufflevector <N x T> %a, <N x T> %b, <M x i32> mask}. Operands: [a, b]; mask lanes -1 for poison/undef. */
public final class ShuffleVectorInstruction extends Instruction {
    private final int[] mask;

    public ShuffleVectorInstruction(Value first, Value second, int[] mask) {
        super(Opcode.SHUFFLEVECTOR, new VectorType(mask.length, first.type().scalarType(),
                first.type() instanceof VectorType v && v.isScalable()), first, second);
        this.mask = mask.clone();
    }

    public Value first() {
        return operand(0);
    }

    public Value second() {
        return operand(1);
    }

    /** A copy of the mask; lane {@code i} of the result takes element {@code mask[i]} of a‖b, -1 for poison. */
    public int[] mask() {
        return mask.clone();
    }
}
