package org.hotlink.ir;

import java.util.List;

/** Common base of array, struct and vector constants: a fixed list of element constants. */
public abstract class ConstantAggregate extends Constant {
    private final List<Constant> elements;

    protected ConstantAggregate(Type type, List<? extends Constant> elements) {
        super(type);
        this.elements = List.copyOf(elements);
    }

    /** Unmodifiable. */
    public List<Constant> elements() {
        return elements;
    }

    public Constant element(int index) {
        return elements.get(index);
    }

    public int elementCount() {
        return elements.size();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((ConstantAggregate) o).type().equals(type())
                && ((ConstantAggregate) o).elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return type().hashCode() * 31 + elements.hashCode();
    }

    @Override
    public String reference() {
        StringBuilder s = new StringBuilder(open());
        for (int i = 0; i < elements.size(); i++) {
            s.append(i == 0 ? " " : ", ").append(elements.get(i));
        }
        return s.append(elements.isEmpty() ? "" : " ").append(close()).toString();
    }

    abstract String open();

    abstract String close();
}
