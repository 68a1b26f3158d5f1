package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Module;

/**
 * The assertion every malformed-module test makes: the verifier's message and location, LLVM's
 * agreement that the IR is invalid, and the same verdict when the text goes through Hotlink's parser.
 */
final class RejectionAssertions {
    private RejectionAssertions() {
    }

    /**
     * Asserts that the verifier rejects {@code module} with a message containing {@code message} at
     * {@code line}:{@code column}, and that LLVM (its parser or its verifier, run by opt-19)
     * rejects {@code irText}, the same module as text, so the rule is one LLVM has.
     */
    static IrVerificationException assertRejected(Module module, String irText, String message, int line, int column)
            throws Exception {
        IrVerificationException error = assertThrows(IrVerificationException.class,
                () -> new ModuleVerifier().verify(module), "expected the verifier to reject the module: " + message);
        assertTrue(error.getMessage().contains(message),
                "expected a message containing \"" + message + "\" but got \"" + error.getMessage() + "\"");
        assertEquals(line, error.location().line(), "expected the error on line " + line + ": " + error.render());
        assertEquals(column, error.location().column(), "expected the error at column " + column + ": " + error.render());
        assertTrue(LlvmTools.llvmRejects(irText), "expected LLVM to reject this IR as well:\n" + irText);
        assertParsedTextRejectedAlike(irText, message, line, column);
        return error;
    }

    /**
     * The same text through Hotlink's parser: either the parser refuses it first (as LLVM's parser
     * does for most type errors), or the verifier must report the same rule at the same place.
     */
    private static void assertParsedTextRejectedAlike(String irText, String message, int line, int column)
            throws Exception {
        Module parsed;
        try {
            parsed = TextParsers.parse(TestModule.FILE, irText);
        } catch (IrSyntaxException refusedByParser) {
            return;
        }
        IrVerificationException error = assertThrows(IrVerificationException.class,
                () -> new ModuleVerifier().verify(parsed), "expected the parsed text to be rejected too: " + message);
        assertTrue(error.getMessage().contains(message),
                "expected the parsed text's message to contain \"" + message + "\" but got \"" + error.getMessage() + "\"");
        assertEquals(TestModule.FILE + ":" + line + ":" + column, error.location().toString(),
                "expected the parsed text's error at the same place: " + error.render());
    }

    /** Same, for a module built by {@link TestModule} from its text. */
    static IrVerificationException assertRejected(TestModule built, String message, int line, int column)
            throws Exception {
        return assertRejected(built.module, built.text, message, line, column);
    }
}
