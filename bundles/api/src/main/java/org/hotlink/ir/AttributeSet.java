package org.hotlink.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attributes of a function, return value or parameter, with attribute groups ({@code #N}) already
 * expanded. Keyword attributes ({@code noundef}) map to {@link Boolean#TRUE}, type-carrying ones
 * ({@code byval(T)}) to a {@link Type}, integer ones ({@code align 8}) to a {@link Long}, string
 * attributes ({@code "target-cpu"="x86-64"}) and others with arguments ({@code memory(none)}) to
 * their text. Immutable.
 */
public final class AttributeSet {
    public static final AttributeSet EMPTY = new AttributeSet(Map.of());

    /** The attributes in written order; never modified after construction. */
    private final Map<String, Object> attributes;
    /** The unmodifiable view {@link #asMap()} hands out; lookups go to {@link #attributes} directly. */
    private final Map<String, Object> view;

    private AttributeSet(Map<String, Object> attributes) {
        this.attributes = attributes;
        this.view = Collections.unmodifiableMap(attributes);
    }

    /** @param attributes name to value as described on the class; copied, order kept */
    public static AttributeSet of(Map<String, Object> attributes) {
        return attributes.isEmpty() ? EMPTY : new AttributeSet(new LinkedHashMap<>(attributes));
    }

    /** True when the attribute is present, whatever its value. */
    public boolean has(String name) {
        return attributes.containsKey(name);
    }

    /** The type of {@code byval(T)}, {@code sret(T)}, {@code elementtype(T)}...; null when absent or not a type. */
    public Type typeOf(String name) {
        return attributes.get(name) instanceof Type t ? t : null;
    }

    /** The integer of {@code align N}, {@code dereferenceable(N)}...; null when absent or not an integer. */
    public Long intOf(String name) {
        return attributes.get(name) instanceof Long l ? l : null;
    }

    /** The text of a string attribute or of an attribute with a non-integer argument; null otherwise. */
    public String stringOf(String name) {
        return attributes.get(name) instanceof String s ? s : null;
    }

    /** Unmodifiable view, in the order the attributes were written. */
    public Map<String, Object> asMap() {
        return view;
    }

    public boolean isEmpty() {
        return attributes.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeSet a && a.attributes.equals(attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }

    @Override
    public String toString() {
        return attributes.toString();
    }
}
