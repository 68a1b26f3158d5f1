package org.hotlink.ir;

/** The {@code metadata} type; a single instance. */
public final class MetadataType extends Type {
    public static final MetadataType METADATA = new MetadataType();

    private MetadataType() {
    }

    @Override
    public String toString() {
        return "metadata";
    }
}
