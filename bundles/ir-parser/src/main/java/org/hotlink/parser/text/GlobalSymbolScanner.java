package org.hotlink.parser.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.IntegerType;

/**
 * A first pass over the tokens that finds every global definition ({@code @x = ... global|constant|alias},
 * {@code define}/{@code declare ... @f}) and attribute group, so the main pass can resolve references
 * to globals and groups in any order. The objects it creates get their types and contents in the main pass.
 */
final class GlobalSymbolScanner {
    private GlobalSymbolScanner() {
    }

    /** Result: globals by name and the token positions of {@code attributes #N = {...}} statements. */
    record Symbols(Map<String, GlobalValue> globals, List<Integer> attributeGroupStarts) {
    }

    static Symbols scan(TokenCursor cursor) throws IrSyntaxException {
        Tokens tokens = new Tokens(cursor);
        Map<String, GlobalValue> globals = new HashMap<>();
        List<Integer> groups = new ArrayList<>();
        // Token kinds and texts are read from the cursor's arrays; token objects are made only for hits.
        for (int i = 0; i < tokens.size(); i++) {
            TokenKind kind = cursor.kindAt(i);
            if (kind == TokenKind.ERROR) {
                break;
            }
            if ((kind == TokenKind.GLOBAL_VAR || kind == TokenKind.GLOBAL_ID) && next(tokens, i, 1).is(TokenKind.EQUALS)) {
                Token t = tokens.get(i);
                GlobalValue g = globalDefinition(tokens, i, t);
                if (g != null) {
                    put(cursor, globals, t, g);
                }
            } else if (kind != TokenKind.WORD) {
                continue;
            } else if (cursor.textAt(i).equals("define") || cursor.textAt(i).equals("declare")) {
                for (int j = i + 1; j < tokens.size(); j++) {
                    TokenKind n = cursor.kindAt(j);
                    if (n == TokenKind.GLOBAL_VAR || n == TokenKind.GLOBAL_ID) {
                        put(cursor, globals, tokens.get(j), new Function(cursor.textAt(j), null, 0));
                        i = j;
                        break;
                    }
                    if (n == TokenKind.EOF || n == TokenKind.ERROR) {
                        break;
                    }
                }
            } else if (cursor.textAt(i).equals("attributes") && next(tokens, i, 1).is(TokenKind.ATTRIBUTE_GROUP_ID)
                    && next(tokens, i, 2).is(TokenKind.EQUALS)) {
                groups.add(i);
            }
        }
        return new Symbols(globals, groups);
    }

    private static GlobalValue globalDefinition(Tokens tokens, int at, Token name) {
        int addressSpace = 0;
        for (int j = at + 2; j < tokens.size(); j++) {
            Token k = tokens.get(j);
            if (k.isWord("addrspace") && next(tokens, j, 2).is(TokenKind.INTEGER)) {
                String digits = next(tokens, j, 2).text();
                addressSpace = digits.length() < 9 && !digits.startsWith("-") ? Integer.parseInt(digits) : 0;
            } else if (k.isWord("global") || k.isWord("constant")) {
                return new GlobalVariable(name.text(), IntegerType.I8, addressSpace);
            } else if (k.isWord("alias")) {
                return new GlobalAlias(name.text(), IntegerType.I8, addressSpace);
            } else if (!k.is(TokenKind.WORD) && !k.is(TokenKind.LPAREN) && !k.is(TokenKind.RPAREN)
                    && !k.is(TokenKind.INTEGER) && !k.is(TokenKind.STRING)) {
                return null;
            }
        }
        return null;
    }

    /** Keeps the first definition; the main pass reports a second one where it occurs. */
    private static void put(TokenCursor cursor, Map<String, GlobalValue> globals, Token name, GlobalValue g) {
        globals.putIfAbsent(name.text(), g);
    }

    private static Token next(Tokens tokens, int i, int ahead) {
        return tokens.get(Math.min(i + ahead, tokens.size() - 1));
    }

    /** Random access to the cursor's tokens. */
    private record Tokens(TokenCursor cursor) {
        Token get(int i) {
            return cursor.token(i);
        }

        int size() {
            return cursor.tokenCount();
        }
    }
}
