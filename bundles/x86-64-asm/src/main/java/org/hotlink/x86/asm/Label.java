package org.hotlink.x86.asm;

/**
 * A position in one {@link CodeBuffer}, possibly not known yet. A label starts unbound; jumps and
 * RIP-relative operands may refer to it before or after {@link CodeBuffer#bind(Label)} fixes its position.
 * A label is bound at most once, in one buffer. Not thread-safe, like the buffer that owns it.
 */
public final class Label {
    /** The name, or an object whose {@code toString()} gives it on demand (names serve error messages only). */
    private final Object name;
    private CodeBuffer owner;
    private int position = -1;

    /** An unbound label named for error messages only. */
    public Label(String name) {
        this.name = name == null ? "<unnamed>" : name;
    }

    private Label(Object nameSource, boolean lazy) {
        this.name = nameSource == null ? "<unnamed>" : nameSource;
    }

    /**
     * An unbound label named by {@code nameSource.toString()}, called only when a message needs the name
     * (saves building names of labels that are never reported).
     */
    public static Label describedBy(Object nameSource) {
        return new Label(nameSource, true);
    }

    /** An unbound label without a name. */
    public Label() {
        this(null);
    }

    /** The name given at construction, used in error messages. */
    public String name() {
        return name.toString();
    }

    /** Whether {@link CodeBuffer#bind(Label)} has fixed this label's position. */
    public boolean isBound() {
        return position >= 0;
    }

    /** The owning buffer, or null while unbound. */
    CodeBuffer owner() {
        return owner;
    }

    /** The bound offset; only valid when {@link #isBound()}. */
    int position() {
        return position;
    }

    void bindTo(CodeBuffer buffer, int offset) {
        if (isBound()) {
            throw new IllegalStateException("label " + name + " is already bound at offset " + position);
        }
        owner = buffer;
        position = offset;
    }

    @Override
    public String toString() {
        return isBound() ? name() + "@" + position : name() + "@unbound";
    }
}
