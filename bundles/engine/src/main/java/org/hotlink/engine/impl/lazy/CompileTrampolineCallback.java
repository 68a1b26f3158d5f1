package org.hotlink.engine.impl.lazy;

import com.sun.jna.Callback;

/**
 * The C function the lazy trampolines call: {@code uint64_t compile(uint64_t stubAddress)},
 * returning the address the call continues at. JNA attaches native threads the JVM did not create
 * for the duration of a call.
 */
public interface CompileTrampolineCallback extends Callback {
    long invoke(long stubAddress);
}
