package org.hotlink.ir;

import java.util.List;
import java.util.Objects;

/**
 * A structure type. Literal structs ({@code { i32, i8 }}, {@code <{ i8, i32 }>} when packed) are
 * structurally equal; identified structs ({@code %struct.S}) have a name, compare by identity and
 * get their body later through {@link #setBody} (opaque until then).
 */
public final class StructType extends Type {
    private final String name;
    private List<Type> elements;
    private boolean packed;

    /** A literal struct. */
    public StructType(List<Type> elements, boolean packed) {
        this.name = null;
        this.elements = List.copyOf(elements);
        this.packed = packed;
    }

    private StructType(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A new identified struct named {@code name} (without the {@code %}), opaque until {@link #setBody}. */
    public static StructType named(String name) {
        return new StructType(name);
    }

    /** The name without {@code %}, or null for a literal struct. */
    public String name() {
        return name;
    }

    public boolean isLiteral() {
        return name == null;
    }

    /** True for an identified struct without a body ({@code %T = type opaque}). */
    public boolean isOpaque() {
        return elements == null;
    }

    public boolean isPacked() {
        return packed;
    }

    /** Sets the body of an identified struct, once. */
    public void setBody(List<Type> elements, boolean packed) {
        if (name == null) {
            throw new IllegalStateException("a literal struct's body is fixed");
        }
        if (this.elements != null) {
            throw new IllegalStateException("struct %" + name + " already has a body");
        }
        this.elements = List.copyOf(elements);
        this.packed = packed;
    }

    /** Unmodifiable element types; empty for an opaque struct. */
    public List<Type> elements() {
        return elements == null ? List.of() : elements;
    }

    public Type element(int index) {
        return elements().get(index);
    }

    public int elementCount() {
        return elements().size();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return name == null && o instanceof StructType s && s.name == null && s.packed == packed
                && s.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return name != null ? System.identityHashCode(this) : elements.hashCode() * 2 + (packed ? 1 : 0);
    }

    @Override
    public String toString() {
        if (name != null) {
            return "%" + name;
        }
        return bodyText();
    }

    /** The body as LLVM prints it: {@code { i32, i8 }}, {@code <{ ... }>} or {@code opaque}. */
    public String bodyText() {
        if (elements == null) {
            return "opaque";
        }
        StringBuilder s = new StringBuilder(packed ? "<{ " : "{ ");
        for (int i = 0; i < elements.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(elements.get(i));
        }
        return s.append(elements.isEmpty() ? "}" : " }").append(packed ? ">" : "").toString().replace("{ }", "{}");
    }
}
