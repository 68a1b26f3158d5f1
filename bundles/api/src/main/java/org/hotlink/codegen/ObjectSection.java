package org.hotlink.codegen;

import java.util.List;
import java.util.Objects;

/**
 * One section of relocatable code or data. The bytes are the image before relocation; each
 * {@link Relocation} names an offset inside them to patch once addresses are known. A
 * {@link SectionKind#ZERO_FILL} section has empty contents and a {@code size}.
 *
 * @param name      a name for diagnostics, such as {@code .text.main} or {@code .data.counter}
 * @param kind      what it holds
 * @param alignment power of two, in bytes
 * @param contents  the image (never modified after construction by convention; copy to patch)
 * @param size      the size in bytes; equals {@code contents.length} unless zero-filled
 * @param relocations patches to apply inside this section
 */
public record ObjectSection(String name, SectionKind kind, int alignment, byte[] contents, long size,
                            List<Relocation> relocations) {
    public ObjectSection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("section " + name + ": alignment " + alignment + " is not a power of two");
        }
        contents = contents == null ? new byte[0] : contents;
        if (kind != SectionKind.ZERO_FILL && size != contents.length) {
            throw new IllegalArgumentException("section " + name + ": size " + size + " != contents " + contents.length);
        }
        relocations = List.copyOf(relocations);
    }

    public static ObjectSection of(String name, SectionKind kind, int alignment, byte[] contents, List<Relocation> relocations) {
        return new ObjectSection(name, kind, alignment, contents, contents.length, relocations);
    }

    public static ObjectSection zeroFill(String name, int alignment, long size) {
        return new ObjectSection(name, SectionKind.ZERO_FILL, alignment, new byte[0], size, List.of());
    }
}
