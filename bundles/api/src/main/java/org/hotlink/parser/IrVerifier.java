package org.hotlink.parser;

import java.util.concurrent.Executor;
import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Module;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Service that checks a parsed module before code generation: operand types, terminators, phi
 * nodes against predecessors, SSA dominance, calls against their callee's signature. Thread-safe.
 */
@ProviderType
public interface IrVerifier {
    /** @throws IrVerificationException at the first broken rule, located at the offending instruction */
    void verify(Module module) throws IrVerificationException;

    /**
     * Verifies as {@link #verify(Module)}, with the same first error, and may check several
     * functions at once on threads borrowed from {@code helpers} besides the calling one, never
     * waiting for a helper task to start. This default ignores the helpers.
     *
     * @param helpers where helper tasks may run, or null for the calling thread alone
     */
    default void verify(Module module, Executor helpers) throws IrVerificationException {
        verify(module);
    }
}
