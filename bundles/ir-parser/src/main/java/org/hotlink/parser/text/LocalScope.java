package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/** Resolves {@code %name} and {@code %N} inside a function body (forward references allowed). */
interface LocalScope {
    /**
     * The value named by the token at {@code position} (a position rather than a token object: most
     * references need none), expected to have {@code type}; a placeholder if not defined yet.
     */
    Value reference(int position, Type type) throws IrSyntaxException;

    /** The block named by {@code token}, created on first reference. */
    BasicBlock block(Token token) throws IrSyntaxException;
}
