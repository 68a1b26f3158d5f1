package org.hotlink.backend.x86.mir;

/**
 * A fixed-size area of the function's stack frame (a static alloca, a spill slot, the va_list
 * register save area). Its offset from RBP is decided by the frame layout after allocation.
 */
public final class FrameSlot {
    private final int index;
    private final long size;
    private final int alignment;
    private int rbpOffset;
    private boolean placed;

    FrameSlot(int index, long size, int alignment) {
        this.index = index;
        this.size = size;
        this.alignment = alignment;
    }

    public int index() {
        return index;
    }

    public long size() {
        return size;
    }

    public int alignment() {
        return alignment;
    }

    /** Offset from RBP (negative), valid once the frame layout placed the slot. */
    public int rbpOffset() {
        if (!placed) {
            throw Check.broken("frame slot " + index + " read before the frame was laid out");
        }
        return rbpOffset;
    }

    public void place(int offset) {
        this.rbpOffset = offset;
        this.placed = true;
    }

    @Override
    public String toString() {
        return "slot" + index;
    }
}
