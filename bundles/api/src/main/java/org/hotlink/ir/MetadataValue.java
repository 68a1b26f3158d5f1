package org.hotlink.ir;

/**
 * A {@code metadata ...} call operand (as in {@code call void @llvm.dbg.declare(metadata ptr %x, ...)}).
 * Metadata is dropped, so only the text is kept, for messages.
 */
public final class MetadataValue extends Value {
    private final String text;

    public MetadataValue(String text) {
        super(MetadataType.METADATA, null);
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public String reference() {
        return text;
    }
}
