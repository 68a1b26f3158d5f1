package org.hotlink.ir;

/** {@code thread_local} and its TLS models; {@code thread_local} alone is GENERAL_DYNAMIC. */
public enum ThreadLocalMode {
    NOT_THREAD_LOCAL, GENERAL_DYNAMIC, LOCAL_DYNAMIC, INITIAL_EXEC, LOCAL_EXEC
}
