package org.hotlink.engine.impl;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import org.hotlink.engine.ProgramExitListener;

/**
 * Tells a {@link ProgramExitListener} that the process is ending, from a C exit handler registered
 * with glibc's {@code on_exit}, which passes the exit status: whether the program returns from main
 * or calls exit itself, C runs the handler on the exiting thread before the process ends. The JNA
 * callback object is held strongly here, so it cannot be collected while native code may call it.
 */
final class ExitNotifier {
    /** The native signature {@code void handler(int status, void *argument)} that on_exit calls. */
    public interface ExitHandler extends Callback {
        void invoke(int status, Pointer argument);
    }

    private final ExitHandler handler;
    private final Pointer nativeHandler;

    ExitNotifier(ProgramExitListener listener) {
        this.handler = (status, argument) -> listener.programExiting(status);
        this.nativeHandler = CallbackReference.getFunctionPointer(handler);
    }

    Pointer nativeHandler() {
        return nativeHandler;
    }
}
