package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.IntegerType;

/**
 * A first pass over the tokens that finds every global definition ({@code @x = ... global|constant|alias},
 * {@code define}/{@code declare ... @f}) and attribute group, so the main pass can resolve references
 * to globals and groups in any order. The objects it creates get their types and contents in the main pass.
 *
 * <p>It visits only the tokens the lexer noted as possible starts of definitions (global names
 * followed by '=' and the words {@code define}, {@code declare}, {@code attributes}), reads kinds and
 * text numbers from the cursor's arrays and compares keywords by text number; it makes no token objects.
 */
final class GlobalSymbolScanner {
    private final TokenCursor cursor;
    private final int count;
    private final int define;
    private final int declare;
    private final int attributes;
    private final int addrspace;
    private final int global;
    private final int constant;
    private final int alias;

    private GlobalSymbolScanner(TokenCursor cursor) {
        this.cursor = cursor;
        this.count = cursor.tokenCount();
        // -1 (never equal to a token's text number) for a keyword the file does not contain.
        this.define = cursor.textId("define");
        this.declare = cursor.textId("declare");
        this.attributes = cursor.textId("attributes");
        this.addrspace = cursor.textId("addrspace");
        this.global = cursor.textId("global");
        this.constant = cursor.textId("constant");
        this.alias = cursor.textId("alias");
    }

    /** Result: globals by name and the token positions of {@code attributes #N = {...}} statements. */
    record Symbols(Map<String, GlobalValue> globals, List<Integer> attributeGroupStarts) {
    }

    static Symbols scan(TokenCursor cursor) {
        return new GlobalSymbolScanner(cursor).scan();
    }

    private Symbols scan() {
        Map<String, GlobalValue> globals = new HashMap<>();
        List<Integer> groups = new ArrayList<>();
        // Tokens before this position were read as part of a define or declare header.
        int next = 0;
        for (int c = 0, candidates = cursor.definitionCandidateCount(); c < candidates; c++) {
            int i = cursor.definitionCandidate(c);
            if (i < next) {
                continue;
            }
            next = i + 1;
            TokenKind kind = cursor.kindAt(i);
            if (isGlobalName(kind) && kindAt(i + 1) == TokenKind.EQUALS) {
                GlobalValue g = globalDefinition(i);
                if (g != null) {
                    globals.putIfAbsent(cursor.textAt(i), g); // the main pass reports a second definition
                }
            } else if (kind != TokenKind.WORD) {
                continue;
            } else if (cursor.textIdAt(i) == define || cursor.textIdAt(i) == declare) {
                for (int j = i + 1; j < count; j++) {
                    TokenKind n = cursor.kindAt(j);
                    if (isGlobalName(n)) {
                        globals.putIfAbsent(cursor.textAt(j), new Function(cursor.textAt(j), null, 0));
                        next = j + 1;
                        break;
                    }
                    if (n == TokenKind.EOF || n == TokenKind.ERROR) {
                        break;
                    }
                }
            } else if (cursor.textIdAt(i) == attributes && kindAt(i + 1) == TokenKind.ATTRIBUTE_GROUP_ID
                    && kindAt(i + 2) == TokenKind.EQUALS) {
                groups.add(i);
            }
        }
        return new Symbols(globals, groups);
    }

    private static boolean isGlobalName(TokenKind kind) {
        return kind == TokenKind.GLOBAL_VAR || kind == TokenKind.GLOBAL_ID;
    }

    /** The kind of token {@code i}, EOF past the end. */
    private TokenKind kindAt(int i) {
        return cursor.kindAt(Math.min(i, count - 1));
    }

    /** The variable or alias that the name at {@code at} (followed by '=') defines, or null when it defines neither. */
    private GlobalValue globalDefinition(int at) {
        String name = cursor.textAt(at);
        int addressSpace = 0;
        for (int j = at + 2; j < count; j++) {
            TokenKind kind = cursor.kindAt(j);
            int text = cursor.textIdAt(j);
            if (kind == TokenKind.WORD && text == addrspace && kindAt(j + 2) == TokenKind.INTEGER) {
                String digits = cursor.textAt(Math.min(j + 2, count - 1));
                addressSpace = digits.length() < 9 && !digits.startsWith("-") ? Integer.parseInt(digits) : 0;
            } else if (kind == TokenKind.WORD && (text == global || text == constant)) {
                return new GlobalVariable(name, IntegerType.I8, addressSpace);
            } else if (kind == TokenKind.WORD && text == alias) {
                return new GlobalAlias(name, IntegerType.I8, addressSpace);
            } else if (kind != TokenKind.WORD && kind != TokenKind.LPAREN && kind != TokenKind.RPAREN
                    && kind != TokenKind.INTEGER && kind != TokenKind.STRING) {
                return null;
            }
        }
        return null;
    }
}
