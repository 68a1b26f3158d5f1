package org.hotlink.ir;

import java.util.Objects;

/** Anything that can be an operand: arguments, blocks, instructions, constants and globals. */
public abstract class Value {
    private final Type type;
    private String name;

    protected Value(Type type, String name) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = name;
    }

    public Type type() {
        return type;
    }

    /** The name without sigil ({@code "x"}, or {@code "3"} for a numbered value), or null when it has none. */
    public String name() {
        return name;
    }

    public boolean hasName() {
        return name != null;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** How an operand referring to this value prints: {@code %x}, {@code @g}, or a constant's text. */
    public String reference() {
        return "%" + (name == null ? "<unnamed>" : NameQuoting.quoteIfNeeded(name));
    }

    @Override
    public String toString() {
        return type + " " + reference();
    }
}
