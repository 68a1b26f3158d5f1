package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Module;

/** The one assertion every malformed-module test makes, in three parts. */
final class RejectionAssertions {
    private RejectionAssertions() {
    }

    /**
     * Asserts that the verifier rejects {@code module} with a message containing {@code message} at
     * {@code line}:{@code column}, and that LLVM (llvm-as or opt's verifier) rejects {@code irText},
     * the same module as text, so the rule is one LLVM has.
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
        return error;
    }

    /** Same, for a module built by {@link TestModule} from its text. */
    static IrVerificationException assertRejected(TestModule built, String message, int line, int column)
            throws Exception {
        return assertRejected(built.module, built.text, message, line, column);
    }
}
