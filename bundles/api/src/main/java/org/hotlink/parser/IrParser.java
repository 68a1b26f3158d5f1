package org.hotlink.parser;

import java.util.concurrent.Executor;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.Module;
import org.osgi.annotation.versioning.ProviderType;

/** Service that parses LLVM IR text (as clang 14 to 19 print it) into the IR model. Thread-safe. */
@ProviderType
public interface IrParser {
    /**
     * Parses one module.
     *
     * @param sourceName the file name as the user typed it, used in every location
     * @param text       the whole IR text
     * @throws IrSyntaxException at the first error, with its line and column
     */
    Module parse(String sourceName, CharSequence text) throws IrSyntaxException;

    /**
     * Parses one module as {@link #parse(String, CharSequence)}, with the same result and the same
     * first error, and may parse parts of it (function bodies) on threads borrowed from
     * {@code helpers} (the engine's compile threads) besides the calling one. A parser must not wait
     * for a helper task to start: the executor may be busy or refuse work. This default ignores
     * the helpers.
     *
     * @param helpers where helper tasks may run, or null for the calling thread alone
     */
    default Module parse(String sourceName, CharSequence text, Executor helpers) throws IrSyntaxException {
        return parse(sourceName, text);
    }
}
