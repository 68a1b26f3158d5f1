package org.hotlink.engine.impl;

/**
 * IR of the C functions through which native code enters the engine's Java callbacks: the lazy
 * compiler (what the lazy trampolines call) and the exit notifier (what {@code on_exit} calls). Each
 * takes the fault handler's mark off the program's main thread for the length of the callback and
 * puts it back after: from the moment the thread enters the JVM (JNA's dispatch included) until it
 * returns, its SIGSEGVs are the JVM's own (safepoint polls, implicit null checks) and must reach the
 * JVM, not end the program as its fault. Only the marked thread changes its own mark, by compare and
 * exchange, so a program starting meanwhile on another thread keeps its mark.
 *
 * <p>The mark is the fault handler module's global, referenced {@code extern_weak}: null until that
 * module is loaded (only programs load it), when late binding fills in its address.
 */
final class JavaEntryModule {
    static final String MODULE_NAME = "__hotlink_java_entries";
    /** {@code uint64_t __hotlink_lazy_compile(uint64_t stub)}: what the layer's compiler slots hold. */
    static final String LAZY_COMPILE = "__hotlink_lazy_compile";
    /** The lazy compiler's JNA callback, stored by the engine before any lazy module is linked. */
    static final String LAZY_CALLBACK = "__hotlink_lazy_callback";
    /** {@code void __hotlink_on_exit(int status, void *argument)}: the handler given to {@code on_exit}. */
    static final String ON_EXIT = "__hotlink_on_exit";
    /** The exit notifier's JNA callback, stored by the engine before it registers {@link #ON_EXIT}. */
    static final String EXIT_CALLBACK = "__hotlink_exit_callback";

    private JavaEntryModule() {
    }

    static String text(String triple, String dataLayout) {
        String mark = "@" + FaultHandlerModule.PROGRAM_THREAD;
        return "target triple = \"" + triple + "\"\n"
                + "target datalayout = \"" + dataLayout + "\"\n\n"
                + mark + " = extern_weak global i64\n"
                + "@" + LAZY_CALLBACK + " = global ptr null, align 8\n"
                + "@" + EXIT_CALLBACK + " = global ptr null, align 8\n\n"
                + "declare i64 @pthread_self()\n\n"
                + "; Takes the mark off this thread if it is the program's; returns the id to put back, or 0.\n"
                + "define internal i64 @unmark() {\n"
                + "entry:\n"
                + "  %loaded = icmp ne ptr " + mark + ", null\n"
                + "  br i1 %loaded, label %take, label %none\n"
                + "take:\n"
                + "  %self = call i64 @pthread_self()\n"
                + "  %pair = cmpxchg ptr " + mark + ", i64 %self, i64 0 seq_cst seq_cst\n"
                + "  %taken = extractvalue { i64, i1 } %pair, 1\n"
                + "  %owner = select i1 %taken, i64 %self, i64 0\n"
                + "  ret i64 %owner\n"
                + "none:\n"
                + "  ret i64 0\n"
                + "}\n\n"
                + "define internal void @remark(i64 %owner) {\n"
                + "entry:\n"
                + "  %has = icmp ne i64 %owner, 0\n"
                + "  br i1 %has, label %put, label %done\n"
                + "put:\n"
                + "  %back = cmpxchg ptr " + mark + ", i64 0, i64 %owner seq_cst seq_cst\n"
                + "  br label %done\n"
                + "done:\n"
                + "  ret void\n"
                + "}\n\n"
                + "define i64 @" + LAZY_COMPILE + "(i64 %stub) {\n"
                + "entry:\n"
                + "  %owner = call i64 @unmark()\n"
                + "  %callback = load ptr, ptr @" + LAZY_CALLBACK + ", align 8\n"
                + "  %target = call i64 %callback(i64 %stub)\n"
                + "  call void @remark(i64 %owner)\n"
                + "  ret i64 %target\n"
                + "}\n\n"
                + "define void @" + ON_EXIT + "(i32 %status, ptr %argument) {\n"
                + "entry:\n"
                + "  %owner = call i64 @unmark()\n"
                + "  %callback = load ptr, ptr @" + EXIT_CALLBACK + ", align 8\n"
                + "  call void %callback(i32 %status, ptr %argument)\n"
                + "  call void @remark(i64 %owner)\n"
                + "  ret void\n"
                + "}\n";
    }
}
