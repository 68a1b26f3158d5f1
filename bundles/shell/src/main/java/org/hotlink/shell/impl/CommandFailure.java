package org.hotlink.shell.impl;

import org.hotlink.diagnostic.HotlinkException;

/**
 * Why a shell command failed, as the message the shell prints: the compiler-form diagnostic
 * ({@code FILE:LINE:COL: error: ...}, source line, caret) for errors in the input, or one {@code hotlink:} line.
 */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static CommandFailure of(HotlinkException e) {
        String text = e.location().isKnown() ? e.render() : "hotlink: " + e.render();
        return new CommandFailure(text, e);
    }

    static CommandFailure cannotRead(String file, String reason) {
        return new CommandFailure("hotlink: cannot read '" + file + "': " + reason, null);
    }
}
