package org.hotlink.parser;

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
}
