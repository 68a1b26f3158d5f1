package org.hotlink.codegen.common;

import java.util.List;
import java.util.Objects;

/**
 * The bytes of a constant as it lies in memory before linking, with the fields that hold values
 * only the linker knows (their bytes are zero here; the linker writes them).
 *
 * @param bytes          the image, {@code DataLayout.allocSizeOf} the constant's type long (owned by the caller)
 * @param addresses      the pointer-wide address fields, in increasing offset order
 * @param relativeFields the fields holding the difference of two addresses, in increasing offset order
 */
public record DataImage(byte[] bytes, List<AddressField> addresses, List<RelativeField> relativeFields) {
    public DataImage {
        Objects.requireNonNull(bytes, "bytes");
        addresses = List.copyOf(addresses);
        relativeFields = List.copyOf(relativeFields);
    }

    /** An image whose only link-time fields are addresses. */
    public DataImage(byte[] bytes, List<AddressField> addresses) {
        this(bytes, addresses, List.of());
    }

    /** Whether every byte is zero and no field needs the linker: such data can be zero-filled. */
    public boolean isAllZero() {
        if (!addresses.isEmpty() || !relativeFields.isEmpty()) {
            return false;
        }
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
