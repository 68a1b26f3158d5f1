package org.hotlink.engine.impl;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.impl.reclaim.QuiescentReclaimer;

/**
 * Calls compiled functions from Java on the calling thread, through JNA, with the thread an online
 * reader for reclamation for exactly the duration of the call, so a redefinition meanwhile cannot
 * free the code it runs. Thread-safe: any number of threads may call at once.
 */
final class CompiledFunctionCalls {
    private static final int MAX_INTEGER_ARGUMENTS = 6;
    private static final int MAX_DOUBLE_ARGUMENTS = 8;

    /** Opens a reader scope for the calling thread: online from opening until closed. */
    @FunctionalInterface
    interface ReaderScopes {
        QuiescentReclaimer.ReaderScope enter() throws HotlinkException;
    }

    private final ReaderScopes readers;

    CompiledFunctionCalls(ReaderScopes readers) {
        this.readers = readers;
    }

    long callLong(String symbol, long address, long... arguments) throws HotlinkException {
        Function function = function(symbol, address, arguments.length, MAX_INTEGER_ARGUMENTS);
        Object[] boxed = box(arguments);
        try (QuiescentReclaimer.ReaderScope scope = readers.enter()) {
            return function.invokeLong(boxed);
        }
    }

    int callInt(String symbol, long address, long... arguments) throws HotlinkException {
        Function function = function(symbol, address, arguments.length, MAX_INTEGER_ARGUMENTS);
        Object[] boxed = box(arguments);
        try (QuiescentReclaimer.ReaderScope scope = readers.enter()) {
            return function.invokeInt(boxed);
        }
    }

    double callDouble(String symbol, long address, double... arguments) throws HotlinkException {
        Function function = function(symbol, address, arguments.length, MAX_DOUBLE_ARGUMENTS);
        Object[] boxed = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            boxed[i] = arguments[i];
        }
        try (QuiescentReclaimer.ReaderScope scope = readers.enter()) {
            return function.invokeDouble(boxed);
        }
    }

    void callVoid(String symbol, long address, long... arguments) throws HotlinkException {
        Function function = function(symbol, address, arguments.length, MAX_INTEGER_ARGUMENTS);
        Object[] boxed = box(arguments);
        try (QuiescentReclaimer.ReaderScope scope = readers.enter()) {
            function.invokeVoid(boxed);
        }
    }

    private static Function function(String symbol, long address, int arguments, int limit)
            throws HotlinkException {
        if (arguments > limit) {
            throw new HotlinkException("cannot call '" + symbol + "' with " + arguments
                    + " arguments from Java; at most " + limit + " are passed in registers");
        }
        return Function.getFunction(new Pointer(address));
    }

    private static Object[] box(long[] arguments) {
        Object[] boxed = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            boxed[i] = arguments[i];
        }
        return boxed;
    }
}
