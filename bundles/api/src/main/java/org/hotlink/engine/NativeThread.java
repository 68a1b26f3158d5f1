package org.hotlink.engine;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A native thread (a pthread, not a Java thread) running a compiled function, started by
 * {@link Engine#spawn}. It is a registered reader for reclamation while it runs.
 */
@ProviderType
public interface NativeThread {
    /** Waits for the function to return and gives its return value (0 for a void function). */
    long join() throws InterruptedException;

    /** Whether the function has returned. */
    boolean isFinished();
}
