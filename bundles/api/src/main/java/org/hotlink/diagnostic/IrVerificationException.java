package org.hotlink.diagnostic;

/** IR that parses but breaks a rule of the IR (types, terminators, phi nodes, dominance, signatures). */
public class IrVerificationException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public IrVerificationException(String message) {
        super(message);
    }

    public IrVerificationException(String message, SourceLocation location) {
        super(message, location);
    }

    public IrVerificationException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
    }
}
