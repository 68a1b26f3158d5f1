package org.hotlink.x86.asm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The machine code of one function (or one stub) being assembled: a growable byte array plus the labels,
 * label fix-ups and symbol relocations that refer into it.
 *
 * <h2>Design</h2>
 * Instructions are appended at {@link #position()}. A reference to a {@link Label} writes a placeholder and
 * records a <em>fix-up</em> (field offset, width, target label, anchor); all fix-ups are resolved in
 * {@link #finish()}, when every label's position is known, so forward and backward references are handled
 * the same way. References to symbols outside the buffer are not resolved here: they become
 * {@link AsmRelocation}s for the runtime linker, with ELF x86-64 meaning.
 *
 * <h2>Reference kinds and their reach</h2>
 * <ul>
 *   <li>rel8 (short Jcc/JMP): {@code target - endOfInstruction} must fit [-128, 127]; out of range is an
 *       {@link IllegalStateException} in {@link #finish()} (the caller chose the short form wrongly). This
 *       assembler never picks rel8 on its own.</li>
 *   <li>rel32 (near Jcc/JMP/CALL, RIP-relative operands): always reaches, since a buffer is far below
 *       2 GiB.</li>
 *   <li>label difference (jump tables in code): 32-bit {@code target - base}, both labels in this
 *       buffer.</li>
 *   <li>symbol relocations: PC32/PLT32/GOTPCREL (rel32, addend includes the field-to-instruction-end
 *       distance) and ABS64; their reach is the linker's concern.</li>
 * </ul>
 *
 * <h2>Invariants</h2>
 * Every fix-up and relocation field lies inside the emitted bytes; a label is bound at most once, in one
 * buffer; {@link #finish()} fails naming the label if a referenced label was never bound. Not thread-safe:
 * one buffer is filled by one thread.
 */
public final class CodeBuffer {
    /** Width and anchor rule of a label reference. */
    private enum FixupKind { REL8, REL32, DIFF32 }

    /** A label reference waiting for the label's position. value = target + addend - anchor. */
    private record Fixup(int fieldOffset, FixupKind kind, Label target, Label base, int anchorOffset, int addend) {}

    private byte[] bytes;
    private int size;
    private final List<Fixup> fixups = new ArrayList<>();
    private final List<AsmRelocation> relocations = new ArrayList<>();

    /** An empty buffer. */
    public CodeBuffer() {
        this(256);
    }

    /** An empty buffer with room for {@code expectedBytes} before it has to grow. */
    public CodeBuffer(int expectedBytes) {
        bytes = new byte[Math.max(16, expectedBytes)];
    }

    /** Offset at which the next byte will be emitted (the number of bytes emitted so far). */
    public int position() {
        return size;
    }

    /** Appends the low 8 bits of {@code value}. */
    public void emit8(int value) {
        ensureCapacity(1);
        bytes[size++] = (byte) value;
    }

    /** Appends the low 16 bits of {@code value}, little-endian. */
    public void emit16(int value) {
        emit8(value);
        emit8(value >>> 8);
    }

    /** Appends {@code value}, little-endian. */
    public void emit32(int value) {
        emit16(value);
        emit16(value >>> 16);
    }

    /** Appends {@code value}, little-endian. */
    public void emit64(long value) {
        emit32((int) value);
        emit32((int) (value >>> 32));
    }

    /** Appends the given bytes. */
    public void emitBytes(byte[] data) {
        ensureCapacity(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
    }

    /** Overwrites one byte already emitted at {@code offset}. */
    public void patch8(int offset, int value) {
        checkField(offset, 1);
        bytes[offset] = (byte) value;
    }

    /** Overwrites four bytes already emitted at {@code offset}, little-endian (for example a frame size). */
    public void patch32(int offset, int value) {
        checkField(offset, 4);
        for (int i = 0; i < 4; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** Reads back one emitted byte (0..255). */
    public int byteAt(int offset) {
        checkField(offset, 1);
        return bytes[offset] & 0xFF;
    }

    /**
     * Binds {@code label} to the current position.
     *
     * @throws IllegalStateException if the label is already bound
     */
    public void bind(Label label) {
        Objects.requireNonNull(label, "label");
        label.bindTo(this, size);
    }

    /**
     * The offset a label is bound to.
     *
     * @throws IllegalStateException if the label is unbound or belongs to another buffer
     */
    public int labelOffset(Label label) {
        checkBoundHere(label);
        return label.position();
    }

    /**
     * Emits a 32-bit PC-relative field referring to {@code target + displacement}, where PC is the end of
     * the instruction: {@code trailingBytes} more bytes (an immediate) follow the field.
     */
    public void emitLabelRel32(Label target, int displacement, int trailingBytes) {
        Objects.requireNonNull(target, "target");
        int field = size;
        fixups.add(new Fixup(field, FixupKind.REL32, target, null, field + 4 + trailingBytes, displacement));
        emit32(0);
    }

    /** Emits an 8-bit PC-relative field referring to {@code target}, the instruction ending after it. */
    public void emitLabelRel8(Label target) {
        Objects.requireNonNull(target, "target");
        int field = size;
        fixups.add(new Fixup(field, FixupKind.REL8, target, null, field + 1, 0));
        emit8(0);
    }

    /**
     * Emits the 32-bit value {@code offset(target) - offset(base)}: an entry of a jump table placed in code,
     * added at run time to the table's address.
     */
    public void emitLabelAddressDifference(Label target, Label base) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(base, "base");
        fixups.add(new Fixup(size, FixupKind.DIFF32, target, base, 0, 0));
        emit32(0);
    }

    /**
     * Records a relocation whose field has already been emitted.
     *
     * @throws IllegalArgumentException if the field does not lie within the emitted bytes
     */
    public void addRelocation(AsmRelocation relocation) {
        Objects.requireNonNull(relocation, "relocation");
        if (relocation.offset() + relocation.kind().fieldBytes() > size) {
            throw new IllegalArgumentException("relocation field at " + relocation.offset() + " of "
                    + relocation.kind().fieldBytes() + " bytes lies beyond the emitted " + size + " bytes");
        }
        relocations.add(relocation);
    }

    /**
     * Emits a zero 32-bit PC-relative field and records a relocation for it. {@code addend} is the
     * source-level addend; the recorded ELF addend subtracts the distance from the field to the end of the
     * instruction (4 plus {@code trailingBytes} of immediate after the field).
     */
    public void emitSymbolRel32(RelocationKind kind, String symbol, long addend, int trailingBytes) {
        if (kind.fieldBytes() != 4) {
            throw new IllegalArgumentException(kind + " is not a 32-bit relocation");
        }
        int field = size;
        emit32(0);
        addRelocation(new AsmRelocation(field, kind, symbol, addend - 4 - trailingBytes));
    }

    /** Emits a zero 64-bit field with an ABS64 relocation: the absolute address of {@code symbol + addend}. */
    public void emitSymbolAbsolute64(String symbol, long addend) {
        int field = size;
        emit64(0);
        addRelocation(new AsmRelocation(field, RelocationKind.ABS64, symbol, addend));
    }

    /** The relocations recorded so far, in emission order (unmodifiable view). */
    public List<AsmRelocation> relocations() {
        return Collections.unmodifiableList(relocations);
    }

    /**
     * Pads with bytes until {@link #position()} is a multiple of {@code alignment}: with the shortest
     * sequence of multi-byte NOPs if {@code fillWithNops}, otherwise with zero bytes.
     *
     * @throws IllegalArgumentException unless alignment is a power of two between 1 and 4096
     */
    public void align(int alignment, boolean fillWithNops) {
        if (alignment < 1 || alignment > 4096 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("alignment must be a power of two in 1..4096, was " + alignment);
        }
        int padding = (alignment - (size & (alignment - 1))) & (alignment - 1);
        if (fillWithNops) {
            NopSequences.emit(this, padding);
        } else {
            for (int i = 0; i < padding; i++) {
                emit8(0);
            }
        }
    }

    /**
     * Resolves every label reference and returns a copy of the code. May be called again after more code
     * is emitted.
     *
     * @throws IllegalStateException naming the label if a referenced label is unbound or bound in another
     *     buffer, or if a rel8 reference does not reach its target
     */
    public byte[] finish() {
        for (Fixup fixup : fixups) {
            resolve(fixup);
        }
        return Arrays.copyOf(bytes, size);
    }

    private void resolve(Fixup fixup) {
        checkBoundHere(fixup.target());
        int anchor = fixup.kind() == FixupKind.DIFF32 ? labelOffset(fixup.base()) : fixup.anchorOffset();
        long value = (long) fixup.target().position() + fixup.addend() - anchor;
        if (fixup.kind() == FixupKind.REL8) {
            if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
                throw new IllegalStateException("short (rel8) reference at offset " + fixup.fieldOffset()
                        + " to label " + fixup.target().name() + " is out of range: distance " + value);
            }
            bytes[fixup.fieldOffset()] = (byte) value;
        } else {
            patch32(fixup.fieldOffset(), (int) value);
        }
    }

    private void checkBoundHere(Label label) {
        if (!label.isBound()) {
            throw new IllegalStateException("label " + label.name() + " is referenced but was never bound");
        }
        if (label.owner() != this) {
            throw new IllegalStateException("label " + label.name() + " is bound in another code buffer");
        }
    }

    private void checkField(int offset, int width) {
        if (offset < 0 || offset + width > size) {
            throw new IndexOutOfBoundsException("field at " + offset + " of " + width
                    + " bytes lies outside the emitted " + size + " bytes");
        }
    }

    private void ensureCapacity(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }
}
