package org.hotlink.backend.x86.abi;

/**
 * Where one IR argument travels: in registers (one per part; GPR or XMM numbers of
 * {@code org.hotlink.backend.x86.mir.Regs}), or on the stack at {@code stackOffset} from the
 * first stack argument ({@code byvalSize} > 0 means the pointee is copied there).
 */
public record ArgumentLocation(int[] registers, long stackOffset, long byvalSize) {
    public boolean inRegisters() {
        return registers.length > 0;
    }

    public boolean isByval() {
        return byvalSize > 0;
    }
}
