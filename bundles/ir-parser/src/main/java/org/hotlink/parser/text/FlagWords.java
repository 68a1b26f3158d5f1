package org.hotlink.parser.text;

import java.util.List;
import java.util.Set;
import org.hotlink.diagnostic.IrSyntaxException;

/**
 * The words that may follow an opcode as flags ({@code nuw}, {@code inbounds}, {@code fast}...),
 * by text number. Most instructions have no flag, and the token after the opcode is usually a type:
 * this answers "not a flag" with one array read instead of a set look-up of the token's text.
 */
final class FlagWords {
    private final boolean[] byText;

    /** The table for the texts of {@code cursor}'s file; it serves every cursor over that file's tokens. */
    FlagWords(TokenCursor cursor) {
        this.byText = new boolean[cursor.textCount()];
        for (Set<String> words : List.of(ConstantExpressionParser.BINARY_FLAGS, ConstantExpressionParser.GEP_FLAGS,
                InstructionParser.CAST_FLAGS, InstructionParser.COMPARE_FLAGS, InstructionParser.FAST_MATH)) {
            for (String word : words) {
                int id = cursor.textId(word);
                if (id >= 0) {
                    byText[id] = true;
                }
            }
        }
    }

    /** True when the current token is a word that may be a flag (the caller checks which flags it accepts). */
    boolean atFlag(TokenCursor cursor) throws IrSyntaxException {
        return cursor.at(TokenKind.WORD) && byText[cursor.textId()];
    }
}
