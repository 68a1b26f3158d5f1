package org.hotlink.resolver.impl;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * The dynamic linker's calls (dlopen, dlsym, dlerror), bound by JNA direct mapping. Since glibc
 * 2.34 they live in libc itself. Constants are the glibc values, equal on x86-64 and AArch64.
 */
final class DynamicLinkerCalls {
    static final int RTLD_NOW = 0x2;
    static final int RTLD_LOCAL = 0x0;
    /** The pseudo-handle that searches the process's global scope in load order. */
    static final long RTLD_DEFAULT = 0L;

    static {
        Native.register(DynamicLinkerCalls.class, NativeLibrary.getInstance("c"));
    }

    private DynamicLinkerCalls() {
    }

    static native long dlopen(String path, int flags);

    static native long dlsym(long handle, String name);

    static native String dlerror();
}
