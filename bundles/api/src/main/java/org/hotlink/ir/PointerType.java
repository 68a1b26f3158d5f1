package org.hotlink.ir;

/** The opaque pointer type {@code ptr} in an address space; typed pointers of LLVM 14 parse to it too. */
public final class PointerType extends Type {
    public static final PointerType PTR = new PointerType(0);

    private final int addressSpace;

    private PointerType(int addressSpace) {
        this.addressSpace = addressSpace;
    }

    public static PointerType get(int addressSpace) {
        if (addressSpace < 0) {
            throw new IllegalArgumentException("address space must not be negative: " + addressSpace);
        }
        return addressSpace == 0 ? PTR : new PointerType(addressSpace);
    }

    public int addressSpace() {
        return addressSpace;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointerType p && p.addressSpace == addressSpace;
    }

    @Override
    public int hashCode() {
        return 31 + addressSpace;
    }

    @Override
    public String toString() {
        return addressSpace == 0 ? "ptr" : "ptr addrspace(" + addressSpace + ")";
    }
}
