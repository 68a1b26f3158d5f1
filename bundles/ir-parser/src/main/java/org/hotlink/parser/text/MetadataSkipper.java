package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;

/**
 * Parses metadata syntax only as far as needed to step over it: Hotlink drops metadata
 * ({@code !N}, {@code !{...}}, {@code !DILocation(...)}, {@code !"str"}, {@code distinct}), debug
 * records ({@code #dbg_value(...)}) and attachments ({@code , !dbg !12}).
 */
final class MetadataSkipper {
    private final TokenCursor cursor;

    MetadataSkipper(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** One metadata value: {@code !12}, {@code !{...}}, {@code !"s"}, {@code !DIFoo(...)}, {@code distinct ...}. */
    void skipMetadataValue() throws IrSyntaxException {
        cursor.acceptWord("distinct");
        Token t = cursor.peek();
        if (t.is(TokenKind.EXCLAIM)) {
            cursor.skip();
            if (cursor.at(TokenKind.LBRACE)) {
                cursor.skipBalanced();
            } else {
                cursor.consume(TokenKind.STRING, "'{' or string after '!'");
            }
        } else if (t.is(TokenKind.METADATA_NAME)) {
            cursor.skip();
            if (cursor.at(TokenKind.LPAREN)) {
                cursor.skipBalanced();
            }
        } else {
            throw cursor.error("expected metadata");
        }
    }

    /** True when the current tokens are {@code , !name}: an attachment follows a comma. */
    boolean atAttachment() throws IrSyntaxException {
        return cursor.at(TokenKind.COMMA) && cursor.aheadIs(1, TokenKind.METADATA_NAME);
    }

    /** Skips {@code (, !name !value)*} after an instruction or global. */
    void skipCommaAttachments() throws IrSyntaxException {
        while (atAttachment()) {
            cursor.skip();
            skipAttachment();
        }
    }

    /** Skips {@code (!name !value)*} as on function definitions. */
    void skipAttachments() throws IrSyntaxException {
        while (cursor.at(TokenKind.METADATA_NAME)) {
            skipAttachment();
        }
    }

    void skipAttachment() throws IrSyntaxException {
        cursor.consume(TokenKind.METADATA_NAME, "metadata attachment name");
        skipMetadataValue();
    }

    /** {@code !name = ...} or {@code !12 = ...} at top level. */
    void skipDefinition() throws IrSyntaxException {
        cursor.consume(TokenKind.METADATA_NAME, "metadata name");
        cursor.consume(TokenKind.EQUALS, "'=' after metadata name");
        skipMetadataValue();
    }

    /** {@code #dbg_value(...)} and the other debug records. */
    void skipDebugRecord() throws IrSyntaxException {
        Token t = cursor.expect(TokenKind.DEBUG_RECORD, "debug record");
        if (!t.text().startsWith("dbg_")) {
            throw cursor.error(t, "expected debug record such as #dbg_value");
        }
        if (!cursor.at(TokenKind.LPAREN)) {
            throw cursor.error("expected '(' after #" + t.text());
        }
        cursor.skipBalanced();
    }
}
