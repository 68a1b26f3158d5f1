package org.hotlink.codegen.common;

import java.util.Objects;

/**
 * A field of a {@link DataImage} that holds an {@link AddressDifference}, such as an entry of a
 * relative lookup table.
 *
 * @param offset     byte offset of the field inside the image
 * @param width      the field's size in bytes
 * @param difference what the field must hold once linked
 */
public record RelativeField(int offset, int width, AddressDifference difference) {
    public RelativeField {
        Objects.requireNonNull(difference, "difference");
        if (offset < 0 || width <= 0) {
            throw new IllegalArgumentException("bad relative field at " + offset + " of width " + width);
        }
    }
}
