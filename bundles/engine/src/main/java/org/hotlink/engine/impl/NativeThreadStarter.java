package org.hotlink.engine.impl;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.Type;

/**
 * Starts one engine's native threads: pthreads with the stack a native program's main thread
 * gets, running the reclamation runtime's spawn entry, which registers the thread as a reader
 * around the call. Keeps every thread that has not been joined reachable, so its context block
 * cannot be freed while the thread may still write its result. Thread-safe.
 */
final class NativeThreadStarter {
    private final PosixCalls posix;
    private final long stackBytes;
    private final Set<SpawnedThread> unjoined = ConcurrentHashMap.newKeySet();

    NativeThreadStarter(PosixCalls posix) {
        this.posix = posix;
        this.stackBytes = posix.nativeStackSize();
    }

    /**
     * Starts {@code spawnEntry(context)}, where the context calls {@code function(argument)}.
     *
     * @param keepAlive native memory the function reads, held until the thread is joined
     */
    SpawnedThread start(long spawnEntry, long function, long argument, List<Object> keepAlive,
                        ReturnConversion conversion) {
        SpawnedThread thread = new SpawnedThread(function, argument, keepAlive, conversion, posix, unjoined::remove);
        unjoined.add(thread);
        try {
            thread.start(spawnEntry, stackBytes);
        } catch (RuntimeException e) {
            unjoined.remove(thread);
            throw e;
        }
        return thread;
    }

    /** How {@link org.hotlink.engine.Engine#spawn} may call {@code function}, or why it cannot. */
    static ReturnConversion spawnable(Function function) throws HotlinkException {
        FunctionType type = function.functionType();
        boolean parametersFit = type.parameterCount() == 0
                || (type.parameterCount() == 1 && isIntegerOrPointer(type.parameterType(0)));
        ReturnConversion conversion = ReturnConversion.of(type.returnType());
        if (!parametersFit || type.isVarArgs() || conversion == null) {
            throw new HotlinkException("cannot spawn '" + function.name() + "' of type " + type
                    + ": a spawned function takes at most one integer or pointer and returns an integer,"
                    + " a pointer or void", function.location());
        }
        return conversion;
    }

    private static boolean isIntegerOrPointer(Type type) {
        return type instanceof PointerType || (type instanceof IntegerType integer && integer.bits() <= 64);
    }

    /** Stops keeping unjoined threads; called when the engine closes. */
    void forgetAll() {
        unjoined.clear();
    }
}
