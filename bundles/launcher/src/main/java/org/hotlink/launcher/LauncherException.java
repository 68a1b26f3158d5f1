package org.hotlink.launcher;

/** The launcher could not bring up the runtime (framework, bundles, engine service); exit status {@link ExitStatus#INTERNAL}. */
public final class LauncherException extends Exception {
    private static final long serialVersionUID = 1L;

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
