package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.fail;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Module;
import org.hotlink.parser.IrParser;

/**
 * Hotlink's text parser ({@code org.hotlink.parser.text.TextIrParser}, a test dependency),
 * loaded by name so this module's tests compile before the parser module is installed. A
 * missing parser fails the tests that need it.
 */
final class TextParsers {
    private static final String PARSER_CLASS = "org.hotlink.parser.text.TextIrParser";

    private TextParsers() {
    }

    static IrParser parser() {
        try {
            return (IrParser) Class.forName(PARSER_CLASS).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return fail("expected the IR parser " + PARSER_CLASS + " on the test class path: " + e);
        }
    }

    static Module parse(String sourceName, String text) throws IrSyntaxException {
        return parser().parse(sourceName, text);
    }
}
