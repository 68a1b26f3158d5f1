package org.hotlink.engine.impl.lazy;

import com.sun.jna.NativeLibrary;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.linker.LazyFunction;

/**
 * Ends the process when a function cannot be compiled on its first call: there is no code to
 * continue at and no caller to report to. Prints one {@code hotlink:} line naming the function (with
 * the diagnostic's location) on stderr, then {@code abort()}, as a failed native assertion would.
 */
public class LazyCompileFailure {
    public void report(LazyFunction function, long stubAddress, Throwable cause) {
        String what = function == null ? "the function behind entry stub 0x" + Long.toHexString(stubAddress)
                : "@" + function.name() + " of module '" + function.moduleName() + "'";
        String detail;
        if (cause instanceof HotlinkException hotlink && hotlink.location() != null && hotlink.location().isKnown()) {
            detail = hotlink.location() + ": error: " + hotlink.getMessage();
        } else {
            detail = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        }
        System.err.println("hotlink: lazy compilation of " + what + " failed: " + detail);
        if ("1".equals(System.getenv("HOTLINK_DEBUG"))) {
            cause.printStackTrace();
        }
        System.err.flush();
        abort();
    }

    /** Overridden by tests, which must not end their JVM. */
    protected void abort() {
        NativeLibrary.getInstance("c").getFunction("abort").invokeVoid(new Object[0]);
    }
}
