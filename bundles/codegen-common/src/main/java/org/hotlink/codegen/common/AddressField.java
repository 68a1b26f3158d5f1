package org.hotlink.codegen.common;

import java.util.Objects;

/**
 * A pointer-wide field of a {@link DataImage} that holds an address only the linker knows.
 *
 * @param offset  byte offset of the field inside the image
 * @param address what the field must hold once linked
 */
public record AddressField(int offset, SymbolicAddress address) {
    public AddressField {
        Objects.requireNonNull(address, "address");
        if (offset < 0) {
            throw new IllegalArgumentException("negative field offset " + offset);
        }
    }
}
