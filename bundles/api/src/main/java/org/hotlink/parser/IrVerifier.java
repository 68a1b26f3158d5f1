package org.hotlink.parser;

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
}
