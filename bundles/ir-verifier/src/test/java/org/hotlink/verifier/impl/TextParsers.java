package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Module;
import org.hotlink.parser.text.TextIrParser;

/** Hotlink's text parser (a test dependency) as the tests use it: real IR text into the model. */
final class TextParsers {
    private static final TextIrParser PARSER = new TextIrParser();

    private TextParsers() {
    }

    static Module parse(String sourceName, String text) throws IrSyntaxException {
        return PARSER.parse(sourceName, text);
    }
}
