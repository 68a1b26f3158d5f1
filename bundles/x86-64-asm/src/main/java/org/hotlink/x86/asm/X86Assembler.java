package org.hotlink.x86.asm;

/**
 * The x86-64 assembler the back-end uses: one object with every instruction group, appending to one
 * {@link CodeBuffer}. Methods are named by mnemonic plus AT&amp;T operand-size suffix ({@code movq},
 * {@code addl}, {@code movzbl}), take operands in Intel order (destination first) and are overloaded by
 * operand kind; size-generic forms ({@code mov(OperandSize, ...)}, {@code alu(...)}) exist for code that
 * computes the size. Bad operands (an immediate that does not fit, a byte form that does not exist) throw
 * {@link IllegalArgumentException} before anything is emitted. Not thread-safe.
 *
 * <p>The groups, each in its own class of the inheritance chain: {@link X86MoveInstructions},
 * {@link X86AluInstructions}, {@link X86MultiplyShiftInstructions}, {@link X86BitAndAtomicInstructions},
 * {@link X86ControlInstructions}, {@link X86SseInstructions}, {@link X86PackedIntegerInstructions}; the
 * shared encoder is {@link X86InstructionEmitter}.
 */
public final class X86Assembler extends X86PackedIntegerInstructions {
    /** An assembler appending to {@code buffer}. */
    public X86Assembler(CodeBuffer buffer) {
        super(buffer);
    }

    /** An assembler with a fresh buffer of its own. */
    public X86Assembler() {
        this(new CodeBuffer());
    }
}
