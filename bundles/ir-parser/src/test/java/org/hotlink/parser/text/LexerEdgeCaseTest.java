package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token kinds, texts and text numbers for the lexer's less common paths. */
class LexerEdgeCaseTest {
    private static List<String> kindsAndTexts(String text) {
        TokenBuffer tokens = Lexer.tokenize("test.ll", text).tokens();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            out.add(tokens.kind(i) + ":" + tokens.text(i));
        }
        return out;
    }

    @Test
    void quotedNamesAreDecodedAndShareTheNumberOfTheirPlainSpelling() {
        TokenBuffer t = Lexer.tokenize("test.ll", "%x %\"x\" @\"g\" @g %\"a\\22b\" %\"a\\22b\" \"lbl\": lbl:").tokens();
        assertEquals(List.of("LOCAL_VAR:x", "LOCAL_VAR:x", "GLOBAL_VAR:g", "GLOBAL_VAR:g", "LOCAL_VAR:a\"b",
                "LOCAL_VAR:a\"b", "LABEL:lbl", "LABEL:lbl", "EOF:"), kindsAndTexts(
                "%x %\"x\" @\"g\" @g %\"a\\22b\" %\"a\\22b\" \"lbl\": lbl:"));
        assertEquals(t.textId(0), t.textId(1));
        assertEquals(t.textId(2), t.textId(3));
        assertEquals(t.textId(4), t.textId(5));
        assertEquals(t.textId(6), t.textId(7));
        assertNotEquals(t.textId(0), t.textId(2));
        assertEquals(t.textId(0), t.findText("x"));
        assertEquals(t.textId(4), t.findText("a\"b"));
    }

    @Test
    void quotedNamesWithUtf8AndBackslashEscapes() {
        assertEquals(List.of("LOCAL_VAR:\u00e9\\", "LOCAL_VAR:\u00e9\\", "EOF:"),
                kindsAndTexts("%\"\\C3\\A9\\\\\" %\"\u00e9\\5C\""));
        TokenBuffer t = Lexer.tokenize("test.ll", "%\"\\C3\\A9\\\\\" %\"\u00e9\\5C\"").tokens();
        assertEquals(t.textId(0), t.textId(1));
    }

    @Test
    void numbersFloatsAndHexIntegers() {
        assertEquals(List.of("INTEGER:-12", "INTEGER:0", "FLOAT:1.5e+10", "FLOAT:-2.0", "FLOAT:0x3FF0000000000000",
                "FLOAT:0xK4000C000000000000000", "HEX_INTEGER:u0xFF", "HEX_INTEGER:s0x80", "LABEL:12", "LABEL:-x",
                "EOF:"), kindsAndTexts("-12 0 1.5e+10 -2.0 0x3FF0000000000000 0xK4000C000000000000000 u0xFF s0x80 12: -x:"));
    }

    @Test
    void equalNumbersAndWordsShareOneNumber() {
        TokenBuffer t = Lexer.tokenize("test.ll", "i32 7, i32 7 %7 7:").tokens();
        assertEquals(t.textId(0), t.textId(3));
        assertEquals(t.textId(1), t.textId(4));
        assertEquals(t.textId(1), t.textId(5));
        assertEquals(t.textId(1), t.textId(6));
    }

    @Test
    void metadataCommentsAndStrings() {
        assertEquals(List.of("METADATA_NAME:0", "EQUALS:=", "EXCLAIM:!", "LBRACE:{", "METADATA_NAME:DILocation",
                "COMMA:,", "EXCLAIM:!", "STRING:s", "RBRACE:}", "C_STRING:a\nb\\\u00ff", "ELLIPSIS:...",
                "ATTRIBUTE_GROUP_ID:3", "DEBUG_RECORD:dbg_value", "EOF:"),
                kindsAndTexts("!0 = ! { !DILocation , ! \"s\" } ; a comment { ( [\nc\"a\\0Ab\\\\\\FF\" ... #3 #dbg_value"));
    }

    @Test
    void punctuationTextsAreTheCharacters() {
        assertEquals(List.of("EQUALS:=", "COMMA:,", "STAR:*", "LBRACKET:[", "RBRACKET:]", "LBRACE:{", "RBRACE:}",
                "LPAREN:(", "RPAREN:)", "LESS:<", "GREATER:>", "COLON::", "BAR:|", "EOF:"),
                kindsAndTexts("=,*[]{}()<>:|"));
    }

    @Test
    void manyDistinctNamesGrowTheTableWithoutLosingAny() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("%v").append(i).append(' ');
        }
        for (int i = 0; i < 5000; i++) {
            text.append("%\"v").append(i).append("\" ");
        }
        TokenBuffer t = Lexer.tokenize("test.ll", text.toString()).tokens();
        for (int i = 0; i < 5000; i++) {
            assertEquals("v" + i, t.text(i));
            assertEquals(t.textId(i), t.textId(5000 + i));
            assertEquals(t.textId(i), t.findText("v" + i));
        }
        assertEquals(-1, t.findText("v5000"));
    }
}
