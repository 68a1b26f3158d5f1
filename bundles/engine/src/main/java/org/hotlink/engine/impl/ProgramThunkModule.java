package org.hotlink.engine.impl;

import java.util.Locale;

/**
 * IR of the thunk {@link org.hotlink.engine.Engine#spawnProgram} runs a program's entry function
 * through: {@code i64 thunk(ptr args)}, called by the reclamation runtime's spawn entry with a
 * {@link ProgramContext} block (argc at {@link ProgramContext#ARGC}, argv at
 * {@link ProgramContext#ARGV}). It marks the thread as the program's for the fault handler, gives
 * it an alternate signal stack (so a stack overflow can be reported), calls the entry as
 * {@code i32 ()} or {@code i32 (i32, ptr)}, then clears the program-thread mark, removes and frees
 * the alternate stack and returns the entry's status sign-extended. One thunk module per entry function and signature.
 */
final class ProgramThunkModule {
    static final String MODULE_PREFIX = "__hotlink_program_thunk";
    private static final int ALTERNATE_STACK_BYTES = 65536;
    private static final int SS_DISABLE = 2;

    private ProgramThunkModule() {
    }

    /**
     * @param thunkName      the thunk's (plain identifier) name
     * @param entryReference the entry function as IR names it ({@code @main}, or quoted)
     * @param takesArguments true for {@code i32 (i32, ptr)}, false for {@code i32 ()}
     */
    static String text(String triple, String dataLayout, String thunkName, String entryReference,
                       boolean takesArguments) {
        String declaration = "declare i32 " + entryReference + (takesArguments ? "(i32, ptr)" : "()");
        String call = takesArguments
                ? "  %status = call i32 " + entryReference + "(i32 %argc, ptr %argv)"
                : "  %status = call i32 " + entryReference + "()";
        return String.format(Locale.ROOT, TEMPLATE, triple, dataLayout, declaration, thunkName, call,
                ProgramContext.ARGC, ProgramContext.ARGV, ALTERNATE_STACK_BYTES, SS_DISABLE,
                FaultHandlerModule.PROGRAM_THREAD);
    }

    // 1 triple, 2 datalayout, 3 entry declaration, 4 thunk name, 5 entry call, 6 argc offset,
    // 7 argv offset, 8 alternate stack size, 9 SS_DISABLE, 10 program-thread global.
    private static final String TEMPLATE = """
            target triple = "%1$s"
            target datalayout = "%2$s"

            @%10$s = external global i64
            %3$s
            declare i64 @pthread_self()
            declare ptr @malloc(i64)
            declare void @free(ptr)
            declare i32 @sigaltstack(ptr, ptr)

            define i64 @%4$s(ptr %%args) {
            entry:
              %%altstack = alloca [24 x i8], align 8
              %%self = call i64 @pthread_self()
              store i64 %%self, ptr @%10$s
              %%altmemory = call ptr @malloc(i64 %8$d)
              store ptr %%altmemory, ptr %%altstack
              %%altflags = getelementptr i8, ptr %%altstack, i64 8
              store i32 0, ptr %%altflags
              %%altsize = getelementptr i8, ptr %%altstack, i64 16
              store i64 %8$d, ptr %%altsize
              %%altset = call i32 @sigaltstack(ptr %%altstack, ptr null)
              %%argcp = getelementptr i8, ptr %%args, i64 %6$d
              %%argc = load i32, ptr %%argcp
              %%argvp = getelementptr i8, ptr %%args, i64 %7$d
              %%argv = load ptr, ptr %%argvp
            %5$s
              ; The thread id may be reused by a JVM thread once this one ends: stop being the
              ; program's thread, unless another program thread has taken the mark meanwhile.
              %%unmark = cmpxchg ptr @%10$s, i64 %%self, i64 0 seq_cst seq_cst
              store i32 %9$d, ptr %%altflags
              %%altunset = call i32 @sigaltstack(ptr %%altstack, ptr null)
              call void @free(ptr %%altmemory)
              %%wide = sext i32 %%status to i64
              ret i64 %%wide
            }
            """;
}
