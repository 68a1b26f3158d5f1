package org.hotlink.engine.impl;

/**
 * IR of C library entry points that programs call but the shared C library does not export:
 * glibc keeps {@code atexit} in libc_nonshared.a, linked statically into each native program.
 * Defined weak, so a module's own definition wins.
 */
final class LibcShimModule {
    static final String MODULE_NAME = "__hotlink_libc_shims";

    private LibcShimModule() {
    }

    static String text(String triple, String dataLayout) {
        return "target triple = \"" + triple + "\"\n"
                + "target datalayout = \"" + dataLayout + "\"\n\n"
                + "declare i32 @__cxa_atexit(ptr, ptr, ptr)\n\n"
                + "define weak i32 @atexit(ptr %handler) {\n"
                + "entry:\n"
                + "  %r = call i32 @__cxa_atexit(ptr %handler, ptr null, ptr null)\n"
                + "  ret i32 %r\n"
                + "}\n";
    }
}
