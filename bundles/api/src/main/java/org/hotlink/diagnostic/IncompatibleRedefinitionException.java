package org.hotlink.diagnostic;

/**
 * A redefinition that would leave loaded code inconsistent: a function's signature or a global's
 * type changes while a module outside the redefinition still refers to it. Nothing was changed.
 */
public class IncompatibleRedefinitionException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public IncompatibleRedefinitionException(String message, SourceLocation location) {
        super(message, location);
    }
}
