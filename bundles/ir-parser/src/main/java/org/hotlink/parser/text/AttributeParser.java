package org.hotlink.parser.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.AttributeSet;

/**
 * Parses parameter, return and function attributes and attribute group bodies into
 * {@link AttributeSet}s (groups {@code #N} expanded). Unknown keywords end an attribute list, so the
 * caller reports what it expected there.
 */
final class AttributeParser {
    /** Attributes written as a bare keyword or keyword with a parenthesised argument (LLVM 14 to 19). */
    static final Set<String> KEYWORDS = Set.of(
            "alwaysinline", "builtin", "cold", "convergent", "disable_sanitizer_instrumentation",
            "fn_ret_thunk_extern", "hot", "hybrid_patchable", "inlinehint", "jumptable", "minsize", "mustprogress",
            "naked", "nobuiltin", "nocallback", "noduplicate", "nofree", "noimplicitfloat", "noinline", "nomerge",
            "nonlazybind", "noprofile", "norecurse", "noredzone", "noreturn", "nosanitize_bounds",
            "nosanitize_coverage", "nosync", "nounwind", "null_pointer_is_valid", "optforfuzzing", "optnone",
            "optsize", "presplitcoroutine", "returns_twice", "safestack", "sanitize_address", "sanitize_hwaddress",
            "sanitize_memtag", "sanitize_memory", "sanitize_thread", "sanitize_numerical_stability",
            "shadowcallstack", "skipprofile", "speculatable", "speculative_load_hardening", "ssp", "sspreq",
            "sspstrong", "strictfp", "willreturn", "writable", "dead_on_unwind", "nocf_check", "noundef", "nonnull",
            "noalias", "nocapture", "nest", "readnone", "readonly", "writeonly", "returned", "signext", "zeroext",
            "inreg", "swiftself", "swifterror", "swiftasync", "immarg", "allocalign", "allocptr", "argmemonly",
            "inaccessiblememonly", "inaccessiblemem_or_argmemonly", "coro_only_destroy_when_complete",
            "coro_elide_safe", "no_sanitize", "elementtype", "byval", "byref", "sret", "inalloca", "preallocated",
            "align", "alignstack", "allocsize", "allockind", "dereferenceable", "dereferenceable_or_null", "memory",
            "nofpclass", "range", "initializes", "uwtable", "vscale_range", "captures", "dead_on_return",
            "sanitize_realtime", "sanitize_realtime_blocking", "no_sanitize_address", "no_sanitize_hwaddress",
            "sanitize_address_dyninit", "noinline_callee", "sanitize_type", "nooutline");
    /** Attributes whose parenthesised argument is a type. */
    private static final Set<String> TYPE_ARGUMENT = Set.of("byval", "byref", "sret", "inalloca", "preallocated",
            "elementtype");

    private final ModuleContext context;
    private final TokenCursor cursor;
    private final TypeParser types;
    private final ParsedAttributeLists parsedLists;

    AttributeParser(ModuleContext context, TypeParser types) {
        this.context = context;
        this.cursor = context.cursor;
        this.types = types;
        this.parsedLists = new ParsedAttributeLists(cursor);
    }

    static boolean isAttributeKeyword(Token t) {
        return t.kind() == TokenKind.WORD && KEYWORDS.contains(t.text());
    }

    /** Parameter or return attributes: keywords and string attributes, until something else. */
    AttributeSet parseParameterAttributes() throws IrSyntaxException {
        if (!cursor.at(TokenKind.STRING) && !(cursor.at(TokenKind.WORD) && KEYWORDS.contains(cursor.text()))) {
            return AttributeSet.EMPTY; // what AttributeSet.of gives for no attributes, without the map
        }
        int start = cursor.position();
        ParsedAttributeLists.Entry known = parsedLists.find(start, this::startsParameterAttribute);
        if (known != null) {
            cursor.seek(start + known.length());
            return known.attributes();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        while (parseOne(out, false)) {
            // keep going
        }
        AttributeSet attributes = AttributeSet.of(out);
        parsedLists.remember(start, cursor.position(), attributes);
        return attributes;
    }

    /** True when the token at {@code position} would continue a parameter attribute list; never throws. */
    private boolean startsParameterAttribute(int position) {
        TokenKind kind = cursor.kindAt(Math.min(position, cursor.tokenCount() - 1));
        return kind == TokenKind.STRING || kind == TokenKind.WORD && KEYWORDS.contains(cursor.textAt(position));
    }

    /** Function attributes after a call or a declaration's parameters: keywords, strings and {@code #N}. */
    AttributeSet parseFunctionAttributes() throws IrSyntaxException {
        if (cursor.at(TokenKind.ATTRIBUTE_GROUP_ID) && !startsFunctionAttribute(cursor.position() + 1)) {
            // The usual "call ... #3": the group alone, which is what merging it into an empty set would give.
            return context.attributeGroup(cursor.next());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        while (parseOneFunctionAttribute(out)) {
            // keep going
        }
        return AttributeSet.of(out);
    }

    /** True when the current token starts a function attribute or group. */
    boolean atFunctionAttribute() throws IrSyntaxException {
        cursor.kind(); // reports an ERROR token as the parse of an attribute would
        return startsFunctionAttribute(cursor.position());
    }

    /** True when the token at {@code position} starts a function attribute or group; never throws. */
    private boolean startsFunctionAttribute(int position) {
        TokenKind kind = cursor.kindAt(Math.min(position, cursor.tokenCount() - 1));
        return kind == TokenKind.ATTRIBUTE_GROUP_ID || kind == TokenKind.STRING
                || kind == TokenKind.WORD && KEYWORDS.contains(cursor.textAt(position));
    }

    /** One function attribute or group into {@code out}; false (nothing consumed) when the current token is neither. */
    boolean parseOneFunctionAttribute(Map<String, Object> out) throws IrSyntaxException {
        if (cursor.at(TokenKind.ATTRIBUTE_GROUP_ID)) {
            out.putAll(context.attributeGroup(cursor.next()).asMap());
            return true;
        }
        return parseOne(out, false);
    }

    /** The body of {@code attributes #N = { ... }} with {@code {} current. */
    AttributeSet parseGroupBody() throws IrSyntaxException {
        cursor.consume(TokenKind.LBRACE, "'{' after attribute group");
        Map<String, Object> out = new LinkedHashMap<>();
        while (!cursor.accept(TokenKind.RBRACE)) {
            if (cursor.at(TokenKind.WORD) && cursor.aheadIs(1, TokenKind.EQUALS)) {
                // old integer form inside groups: alignstack=16
                String name = cursor.next().text();
                cursor.skip();
                out.put(name, parseIntegerArgument());
            } else if (!parseOne(out, true)) {
                throw cursor.error("expected attribute");
            }
        }
        return AttributeSet.of(out);
    }

    /** Skips parameter attributes in a function type (typed-pointer IR may carry them). */
    static void skipParameterAttributes(TokenCursor cursor, TypeParser types) throws IrSyntaxException {
        while (isAttributeKeyword(cursor.peek())) {
            String name = cursor.next().text();
            if (name.equals("align") && cursor.at(TokenKind.INTEGER)) {
                cursor.skip();
            } else if (cursor.at(TokenKind.LPAREN)) {
                cursor.skipBalanced();
            }
        }
    }

    private boolean parseOne(Map<String, Object> out, boolean inGroup) throws IrSyntaxException {
        Token t = cursor.peek();
        if (t.is(TokenKind.STRING)) {
            cursor.skip();
            String key = Lexer.utf8(t.text());
            String value = "";
            if (cursor.accept(TokenKind.EQUALS)) {
                value = Lexer.utf8(cursor.expect(TokenKind.STRING, "string value of attribute \"" + key + "\"").text());
            }
            out.put(key, value);
            return true;
        }
        if (!isAttributeKeyword(t)) {
            return false;
        }
        cursor.skip();
        String name = t.text();
        if (name.equals("align") && !cursor.at(TokenKind.LPAREN)) {
            out.put(name, parseIntegerArgument());
        } else if (cursor.at(TokenKind.LPAREN)) {
            if (TYPE_ARGUMENT.contains(name)) {
                cursor.skip();
                out.put(name, types.parseType());
                cursor.consume(TokenKind.RPAREN, "')' after the type of " + name);
            } else {
                out.put(name, argumentText());
            }
        } else {
            out.put(name, Boolean.TRUE);
        }
        return true;
    }

    private Long parseIntegerArgument() throws IrSyntaxException {
        Token n = cursor.peek();
        if (!n.is(TokenKind.INTEGER) || n.text().startsWith("-") || n.text().length() > 18) {
            throw cursor.error("expected integer");
        }
        cursor.skip();
        return Long.valueOf(n.text());
    }

    /** A parenthesised argument as a Long when it is one integer, else its tokens joined by spaces. */
    private Object argumentText() throws IrSyntaxException {
        int start = cursor.position();
        cursor.skipBalanced();
        int end = cursor.position();
        if (end - start == 3 && cursor.token(start + 1).is(TokenKind.INTEGER)
                && cursor.token(start + 1).text().length() < 18) {
            return Long.valueOf(cursor.token(start + 1).text());
        }
        StringBuilder s = new StringBuilder();
        for (int i = start + 1; i < end - 1; i++) {
            Token t = cursor.token(i);
            s.append(i == start + 1 || t.is(TokenKind.COMMA) ? "" : " ").append(t.text());
            if (t.is(TokenKind.LABEL)) {
                s.append(':'); // "argmem:" lexes as a label
            }
        }
        return s.toString();
    }
}
