package org.hotlink.engine.impl;

/**
 * IR of the function that calls of still undefined functions reach. The link layer's
 * undefined-function landing jumps to it (a jump, so it runs as if the caller had called it) with
 * the missing function's name as its first argument; it reports the name the way the rest of
 * Hotlink reports errors and aborts, as a native program calling a missing function would crash.
 * Compiled by the engine's own back-end like any module.
 */
final class UndefinedFunctionModule {
    static final String MODULE_NAME = "__hotlink_undefined_function_handler";
    static final String HANDLER = "__hotlink_undefined_function";

    private UndefinedFunctionModule() {
    }

    static String text(String triple, String dataLayout) {
        return "target triple = \"" + triple + "\"\n"
                + "target datalayout = \"" + dataLayout + "\"\n\n"
                + "@.message = private constant [41 x i8] c\"hotlink: call to undefined function @%s\\0A\\00\"\n\n"
                + "declare i32 @dprintf(i32, ptr, ...)\n"
                + "declare void @abort()\n\n"
                + "define void @" + HANDLER + "(ptr %name) {\n"
                + "entry:\n"
                + "  %written = call i32 (i32, ptr, ...) @dprintf(i32 2, ptr @.message, ptr %name)\n"
                + "  call void @abort()\n"
                + "  unreachable\n"
                + "}\n";
    }
}
