package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.LabelType;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/** Operand parsing inside a function body: local values, blocks and constants, plus alignment and ordering suffixes. */
final class ValueParser {
    final ModuleContext context;
    final TokenCursor cursor;
    final TypeParser types;
    final ConstantParser constants;
    final AttributeParser attributes;
    final MetadataSkipper metadata;
    final IndexedTypes indexed;
    private final LocalScope scope;

    ValueParser(ModuleContext context, TypeParser types, ConstantParser constants, AttributeParser attributes,
            LocalScope scope) {
        this.context = context;
        this.cursor = context.cursor;
        this.types = types;
        this.constants = constants;
        this.attributes = attributes;
        this.metadata = new MetadataSkipper(cursor);
        this.indexed = new IndexedTypes(cursor);
        this.scope = scope;
    }

    /** A value of {@code type}: {@code %x}, {@code %3}, or a constant. */
    Value parseValue(Type type) throws IrSyntaxException {
        TokenKind kind = cursor.kind();
        if (kind == TokenKind.LOCAL_VAR || kind == TokenKind.LOCAL_ID) {
            int position = cursor.position();
            cursor.skip();
            return scope.reference(position, type);
        }
        if (type instanceof LabelType) {
            throw cursor.error("expected a basic block");
        }
        return constants.parseConstant(type);
    }

    /** {@code T v} with a first-class T. */
    Value parseTypedValue(String what) throws IrSyntaxException {
        Type type = types.parseFirstClassType(what);
        return parseValue(type);
    }

    /** {@code label %bb}. */
    BasicBlock parseLabel() throws IrSyntaxException {
        if (!cursor.acceptWord("label")) {
            throw cursor.error("expected 'label'");
        }
        Token t = cursor.peek();
        if (!t.is(TokenKind.LOCAL_VAR) && !t.is(TokenKind.LOCAL_ID)) {
            throw cursor.error("expected a basic block");
        }
        cursor.skip();
        return scope.block(t);
    }

    /** The block named by {@code token} (already consumed). */
    BasicBlock block(Token token) throws IrSyntaxException {
        return scope.block(token);
    }

    /** {@code , align N} if present (0 otherwise); a following metadata attachment is left alone. */
    long parseOptionalCommaAlign() throws IrSyntaxException {
        if (cursor.at(TokenKind.COMMA) && cursor.aheadIsWord(1, "align")) {
            cursor.skip();
            return parseAlign();
        }
        return 0;
    }

    /** {@code align N} with {@code align} current. */
    long parseAlign() throws IrSyntaxException {
        cursor.expectWord("align");
        int at = cursor.position();
        TokenKind kind = cursor.kind();
        String text = cursor.text();
        if (kind != TokenKind.INTEGER || text.startsWith("-") || text.length() > 10) {
            throw cursor.error("expected alignment");
        }
        cursor.skip();
        long a = Long.parseLong(text);
        if (a == 0 || Long.bitCount(a) != 1 || a > (1L << 32)) {
            throw cursor.error(cursor.token(at), "alignment is not a power of two");
        }
        return a;
    }

    /** {@code syncscope("name")} if present, else null. */
    String parseOptionalSyncScope() throws IrSyntaxException {
        if (!cursor.acceptWord("syncscope")) {
            return null;
        }
        cursor.consume(TokenKind.LPAREN, "'(' after syncscope");
        String scopeName = Lexer.utf8(cursor.expect(TokenKind.STRING, "sync scope name").text());
        cursor.consume(TokenKind.RPAREN, "')' after sync scope name");
        return scopeName;
    }

    /** An atomic ordering keyword. */
    AtomicOrdering parseOrdering() throws IrSyntaxException {
        Token t = cursor.peek();
        AtomicOrdering o = t.kind() == TokenKind.WORD ? switch (t.text()) {
            case "unordered" -> AtomicOrdering.UNORDERED;
            case "monotonic" -> AtomicOrdering.MONOTONIC;
            case "acquire" -> AtomicOrdering.ACQUIRE;
            case "release" -> AtomicOrdering.RELEASE;
            case "acq_rel" -> AtomicOrdering.ACQ_REL;
            case "seq_cst" -> AtomicOrdering.SEQ_CST;
            default -> null;
        } : null;
        if (o == null) {
            throw cursor.error("expected ordering on atomic instruction");
        }
        cursor.skip();
        return o;
    }
}
