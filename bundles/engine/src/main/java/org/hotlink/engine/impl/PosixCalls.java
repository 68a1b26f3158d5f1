package org.hotlink.engine.impl;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The few C library calls the engine makes from Java: starting and joining the program's thread,
 * registering exit handlers, reading the stack limit, waiting for forked children. Every call goes
 * through JNA's generic {@link Function} so no interface proxy is needed.
 */
final class PosixCalls {
    private static final int RLIMIT_STACK = 3;
    private static final long RLIM_INFINITY = -1L;
    static final long DEFAULT_STACK_BYTES = 8L << 20;
    private static final int WNOHANG = 1;
    static final int SIGKILL = 9;

    private final NativeLibrary libc = NativeLibrary.getInstance("c");

    private int callInt(String name, Object... arguments) {
        return libc.getFunction(name).invokeInt(arguments);
    }

    /** The soft RLIMIT_STACK, the stack a native program's main thread gets; 8 MiB when unlimited. */
    long nativeStackSize() {
        Memory limits = new Memory(16);
        if (callInt("getrlimit", RLIMIT_STACK, limits) != 0) {
            return DEFAULT_STACK_BYTES;
        }
        long soft = limits.getLong(0);
        return soft == RLIM_INFINITY || soft <= 0 ? DEFAULT_STACK_BYTES : Math.max(soft, 64L << 10);
    }

    /** Starts {@code startRoutine(argument)} on a new pthread with the given stack size; returns its id. */
    long startThread(long startRoutine, Pointer argument, long stackBytes) {
        Memory attr = new Memory(128);
        Memory thread = new Memory(8);
        check("pthread_attr_init", callInt("pthread_attr_init", attr));
        check("pthread_attr_setstacksize", callInt("pthread_attr_setstacksize", attr, stackBytes));
        check("pthread_create", callInt("pthread_create", thread, attr, new Pointer(startRoutine), argument));
        callInt("pthread_attr_destroy", attr);
        return thread.getLong(0);
    }

    void joinThread(long thread) {
        check("pthread_join", callInt("pthread_join", thread, Pointer.NULL));
    }

    /** C {@code exit(status)}: atexit handlers and destructors run, stdio is flushed. Does not return. */
    void exit(int status) {
        libc.getFunction("exit").invokeVoid(new Object[] {status});
    }

    /** Registers {@code void handler(int status, void *)} to run at process exit, after those registered later. */
    void onExit(Pointer handler) {
        check("on_exit", callInt("on_exit", handler, Pointer.NULL));
    }

    /** Calls a compiled {@code int f(void *)}. */
    int callIntFunction(long address, Pointer argument) {
        return Function.getFunction(new Pointer(address)).invokeInt(new Object[] {argument});
    }

    /**
     * Gives back the default action of the signals a native program dies of but the JVM catches or
     * ignores (SIGHUP, SIGINT, SIGPIPE, SIGTERM, SIGXFSZ), so that the program's process ends on them
     * as a native one would; used only when the program owns the process.
     */
    void restoreDefaultTerminationSignals() {
        for (int signal : new int[] {1, 2, 13, 15, 25}) {
            libc.getFunction("signal").invokePointer(new Object[] {signal, Pointer.NULL});
        }
    }

    /** Raw wait status of {@code pid}, or null while it still runs. */
    Integer pollChild(int pid) {
        Memory status = new Memory(4);
        int result = callInt("waitpid", pid, status, WNOHANG);
        if (result == 0) {
            return null;
        }
        if (result < 0) {
            throw new IllegalStateException("waitpid(" + pid + ") failed");
        }
        return status.getInt(0);
    }

    void kill(int pid, int signal) {
        callInt("kill", pid, signal);
    }

    /** Exit status as a shell reports it: the exit code, or 128 + signal for a killed process. */
    static int shellStatus(int waitStatus) {
        int signal = waitStatus & 0x7f;
        return signal == 0 ? (waitStatus >> 8) & 0xff : 128 + signal;
    }

    private static void check(String call, int result) {
        if (result != 0) {
            throw new IllegalStateException(call + " failed with error " + result);
        }
    }
}
