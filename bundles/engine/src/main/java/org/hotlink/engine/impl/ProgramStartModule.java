package org.hotlink.engine.impl;

import java.util.Locale;

/**
 * IR text of the small runtime module that starts a C program, compiled by the engine's own
 * back-end like any other module (so it is target-neutral). It reads a {@link ProgramContext} block
 * prepared by Java:
 * <ul>
 * <li>{@code __hotlink_thread_start(ctx)} is a pthread start routine: it registers the destructor
 * runner with {@code atexit} (so destructors run after the program's own atexit handlers, as
 * {@code .fini_array} does natively), runs the constructors, calls {@code main} and passes its
 * result to {@code exit}, which flushes stdio and ends the process as a native program's end does;</li>
 * <li>{@code __hotlink_fork_main(ctx)} forks; the child redirects its standard streams, restores
 * default signal actions (the JVM's handlers must not run in it), runs the start routine on a new
 * thread with a native-sized stack and never returns; the parent gets the child's pid.</li>
 * </ul>
 */
final class ProgramStartModule {
    static final String MODULE_NAME = "__hotlink_program_start";
    static final String THREAD_START = "__hotlink_thread_start";
    static final String FORK_MAIN = "__hotlink_fork_main";

    private ProgramStartModule() {
    }

    /**
     * @param mainParameters 0, 2 or 3: how many of argc, argv, envp {@code main} takes
     * @param mainReturnsInt false when {@code main} returns void (its status is then 0)
     */
    static String text(String triple, String dataLayout, int mainParameters, boolean mainReturnsInt) {
        String mainType = switch (mainParameters) {
            case 0 -> "()";
            case 2 -> "(i32, ptr)";
            case 3 -> "(i32, ptr, ptr)";
            default -> throw new IllegalArgumentException("main takes " + mainParameters + " parameters");
        };
        String mainArgs = switch (mainParameters) {
            case 0 -> "()";
            case 2 -> "(i32 %argc, ptr %argv)";
            default -> "(i32 %argc, ptr %argv, ptr %envp)";
        };
        String call = mainReturnsInt
                ? "  %status = call i32 @main" + mainArgs + "\n"
                : "  call void @main" + mainArgs + "\n  %status = add i32 0, 0\n";
        String main = "declare " + (mainReturnsInt ? "i32" : "void") + " @main" + mainType + "\n";
        return String.format(Locale.ROOT, TEMPLATE, triple, dataLayout, main, call,
                ProgramContext.ARGC, ProgramContext.ARGV, ProgramContext.ENVP,
                ProgramContext.CONSTRUCTOR_COUNT, ProgramContext.CONSTRUCTORS,
                ProgramContext.DESTRUCTOR_COUNT, ProgramContext.DESTRUCTORS,
                ProgramContext.STDOUT_PATH, ProgramContext.STDERR_PATH, ProgramContext.STACK_SIZE);
    }

    // Arguments: 1 triple, 2 datalayout, 3 main declaration, 4 main call, 5.. context offsets.
    private static final String TEMPLATE = """
            target triple = "%1$s"
            target datalayout = "%2$s"

            @__hotlink_context = internal global ptr null
            @.devnull = private constant [10 x i8] c"/dev/null\\00"

            %3$s
            declare i32 @__cxa_atexit(ptr, ptr, ptr)
            declare void @exit(i32)
            declare void @_exit(i32)
            declare i32 @fork()
            declare i32 @open(ptr, i32, ...)
            declare i32 @dup2(i32, i32)
            declare i32 @close(i32)
            declare ptr @signal(i32, ptr)
            declare i32 @pthread_attr_init(ptr)
            declare i32 @pthread_attr_setstacksize(ptr, i64)
            declare i32 @pthread_create(ptr, ptr, ptr, ptr)
            declare i32 @pthread_join(i64, ptr)
            declare i64 @pthread_self()
            declare ptr @malloc(i64)
            declare i32 @sigaltstack(ptr, ptr)
            @__hotlink_fault_program_thread = external global i64

            define internal void @__hotlink_call_all(ptr %%table, i64 %%count) {
            entry:
              br label %%check
            check:
              %%i = phi i64 [ 0, %%entry ], [ %%next, %%body ]
              %%more = icmp ult i64 %%i, %%count
              br i1 %%more, label %%body, label %%done
            body:
              %%slot = getelementptr ptr, ptr %%table, i64 %%i
              %%fn = load ptr, ptr %%slot
              call void %%fn()
              %%next = add i64 %%i, 1
              br label %%check
            done:
              ret void
            }

            define internal void @__hotlink_run_destructors() {
            entry:
              %%ctx = load ptr, ptr @__hotlink_context
              %%countp = getelementptr i8, ptr %%ctx, i64 %10$d
              %%count = load i64, ptr %%countp
              %%tablep = getelementptr i8, ptr %%ctx, i64 %11$d
              %%table = load ptr, ptr %%tablep
              call void @__hotlink_call_all(ptr %%table, i64 %%count)
              ret void
            }

            define ptr @__hotlink_thread_start(ptr %%ctx) {
            entry:
              %%altstack = alloca [24 x i8], align 8
              store ptr %%ctx, ptr @__hotlink_context
              ; Faults on this thread are the program's: the fault handler reports them, on an
              ; alternate stack so that a stack overflow can be reported too.
              %%self = call i64 @pthread_self()
              store i64 %%self, ptr @__hotlink_fault_program_thread
              %%altmemory = call ptr @malloc(i64 65536)
              store ptr %%altmemory, ptr %%altstack
              %%altflags = getelementptr i8, ptr %%altstack, i64 8
              store i32 0, ptr %%altflags
              %%altsize = getelementptr i8, ptr %%altstack, i64 16
              store i64 65536, ptr %%altsize
              %%altset = call i32 @sigaltstack(ptr %%altstack, ptr null)
              %%registered = call i32 @__cxa_atexit(ptr @__hotlink_run_destructors, ptr null, ptr null)
              %%countp = getelementptr i8, ptr %%ctx, i64 %8$d
              %%count = load i64, ptr %%countp
              %%tablep = getelementptr i8, ptr %%ctx, i64 %9$d
              %%table = load ptr, ptr %%tablep
              call void @__hotlink_call_all(ptr %%table, i64 %%count)
              %%argcp = getelementptr i8, ptr %%ctx, i64 %5$d
              %%argc = load i32, ptr %%argcp
              %%argvp = getelementptr i8, ptr %%ctx, i64 %6$d
              %%argv = load ptr, ptr %%argvp
              %%envpp = getelementptr i8, ptr %%ctx, i64 %7$d
              %%envp = load ptr, ptr %%envpp
            %4$s  call void @exit(i32 %%status)
              unreachable
            }

            define internal void @__hotlink_redirect(ptr %%path, i32 %%flags, i32 %%target) {
            entry:
              %%fd = call i32 (ptr, i32, ...) @open(ptr %%path, i32 %%flags, i32 420)
              %%bad = icmp slt i32 %%fd, 0
              br i1 %%bad, label %%fail, label %%ok
            fail:
              call void @_exit(i32 71)
              unreachable
            ok:
              %%dup = call i32 @dup2(i32 %%fd, i32 %%target)
              %%same = icmp eq i32 %%fd, %%target
              br i1 %%same, label %%done, label %%closeit
            closeit:
              %%closed = call i32 @close(i32 %%fd)
              br label %%done
            done:
              ret void
            }

            define i32 @__hotlink_fork_main(ptr %%ctx) {
            entry:
              %%tid = alloca i64, align 8
              %%attr = alloca [128 x i8], align 16
              %%pid = call i32 @fork()
              %%child = icmp eq i32 %%pid, 0
              br i1 %%child, label %%inchild, label %%inparent
            inparent:
              ret i32 %%pid
            inchild:
              call void @__hotlink_redirect(ptr @.devnull, i32 0, i32 0)
              %%outp = getelementptr i8, ptr %%ctx, i64 %12$d
              %%out = load ptr, ptr %%outp
              call void @__hotlink_redirect(ptr %%out, i32 577, i32 1)
              %%errp = getelementptr i8, ptr %%ctx, i64 %13$d
              %%err = load ptr, ptr %%errp
              call void @__hotlink_redirect(ptr %%err, i32 577, i32 2)
              %%s4 = call ptr @signal(i32 4, ptr null)
              %%s6 = call ptr @signal(i32 6, ptr null)
              %%s7 = call ptr @signal(i32 7, ptr null)
              %%s8 = call ptr @signal(i32 8, ptr null)
              %%s11 = call ptr @signal(i32 11, ptr null)
              %%s13 = call ptr @signal(i32 13, ptr null)
              %%s25 = call ptr @signal(i32 25, ptr null)
              %%ai = call i32 @pthread_attr_init(ptr %%attr)
              %%stackp = getelementptr i8, ptr %%ctx, i64 %14$d
              %%stack = load i64, ptr %%stackp
              %%as = call i32 @pthread_attr_setstacksize(ptr %%attr, i64 %%stack)
              %%created = call i32 @pthread_create(ptr %%tid, ptr %%attr, ptr @__hotlink_thread_start, ptr %%ctx)
              %%failed = icmp ne i32 %%created, 0
              br i1 %%failed, label %%nothread, label %%wait
            nothread:
              call void @_exit(i32 71)
              unreachable
            wait:
              %%t = load i64, ptr %%tid
              %%joined = call i32 @pthread_join(i64 %%t, ptr null)
              call void @_exit(i32 70)
              unreachable
            }
            """;
}
