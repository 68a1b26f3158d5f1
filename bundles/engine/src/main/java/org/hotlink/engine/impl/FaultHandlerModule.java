package org.hotlink.engine.impl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * IR of the signal handler that makes a fault in a program end the process as a native program's
 * fault would, instead of as a JVM crash: for SIGSEGV, SIGBUS, SIGFPE and SIGILL raised on the
 * program's main thread or at a PC inside the engine's arena, it writes one {@code hotlink:} line
 * to stderr and calls {@code _exit(128 + signal)}. Any other fault (the JVM's own implicit null
 * checks, safepoint polls) is passed to the handler that was installed before, with the same
 * arguments, so the JVM keeps working. Written in IR and compiled by the engine's back-end; only
 * the offset of the PC inside {@code ucontext_t} depends on the target.
 */
final class FaultHandlerModule {
    static final String MODULE_NAME = "__hotlink_fault_handler";
    static final String HANDLER = "__hotlink_fault_handler";
    static final String OLD_ACTIONS = "__hotlink_fault_old_actions";
    static final String PROGRAM_THREAD = "__hotlink_fault_program_thread";
    static final String ARENA_START = "__hotlink_fault_arena_start";
    static final String ARENA_END = "__hotlink_fault_arena_end";
    /**
     * Pointer to a table of the compiled functions: an i64 count, then {start, end, C string name}
     * entries of 24 bytes. One pointer, so a new table is published by one store and a handler
     * running meanwhile reads one whole table, old or new.
     */
    static final String FUNCTION_TABLE = "__hotlink_fault_function_table";
    /** glibc's struct sigaction on 64-bit Linux: handler, 128-byte mask, flags, restorer. */
    static final int SIGACTION_SIZE = 152;
    static final int SIGACTION_FLAGS = 136;
    /** Signals handled, in the order of the old-action table. */
    static final int[] SIGNALS = {11, 7, 8, 4};
    private static final String[] NAMES = {"SIGSEGV (segmentation fault)", "SIGBUS (bus error)",
        "SIGFPE (arithmetic exception)", "SIGILL (illegal instruction)"};

    private FaultHandlerModule() {
    }

    /** @param pcOffsetInUcontext byte offset of the interrupted PC in ucontext_t (168 on x86-64 Linux) */
    static String text(String triple, String dataLayout, int pcOffsetInUcontext) {
        StringBuilder ir = new StringBuilder();
        ir.append("target triple = \"").append(triple).append("\"\n");
        ir.append("target datalayout = \"").append(dataLayout).append("\"\n\n");
        ir.append(String.format(Locale.ROOT, "@%s = global [%d x [%d x i8]] zeroinitializer, align 16\n",
                OLD_ACTIONS, SIGNALS.length, SIGACTION_SIZE));
        ir.append("@").append(PROGRAM_THREAD).append(" = global i64 0, align 8\n");
        ir.append("@").append(ARENA_START).append(" = global i64 0, align 8\n");
        ir.append("@").append(ARENA_END).append(" = global i64 0, align 8\n");
        ir.append("@").append(FUNCTION_TABLE).append(" = global ptr null, align 8\n");
        ir.append("@.in_function = private constant [13 x i8] c\" in function \"\n");
        ir.append("@.newline = private constant [1 x i8] c\"\\0A\"\n");
        for (int i = 0; i < SIGNALS.length; i++) {
            byte[] message = ("hotlink: program terminated by signal " + NAMES[i])
                    .getBytes(StandardCharsets.US_ASCII);
            ir.append(String.format(Locale.ROOT, "@.msg%d = private constant [%d x i8] c\"%s\"\n", i,
                    message.length, escape(message)));
        }
        ir.append("""
                declare i64 @pthread_self()
                declare i64 @write(i32, ptr, i64)
                declare void @_exit(i32)
                declare i32 @sigaction(i32, ptr, ptr)
                declare i64 @strlen(ptr)

                ; Writes " in function NAME" when the PC lies in a compiled function, then a newline.
                define internal void @__hotlink_fault_name_function(i64 %pc) {
                entry:
                  %table = load ptr, ptr @__hotlink_fault_function_table
                  %none = icmp eq ptr %table, null
                  br i1 %none, label %finish, label %counted
                counted:
                  %count = load i64, ptr %table
                  %entries = getelementptr i8, ptr %table, i64 8
                  br label %check
                check:
                  %i = phi i64 [ 0, %counted ], [ %next, %advance ]
                  %more = icmp ult i64 %i, %count
                  br i1 %more, label %test, label %finish
                test:
                  %entryp = getelementptr [3 x i64], ptr %entries, i64 %i
                  %start = load i64, ptr %entryp
                  %endp = getelementptr i8, ptr %entryp, i64 8
                  %end = load i64, ptr %endp
                  %namep = getelementptr i8, ptr %entryp, i64 16
                  %name = load ptr, ptr %namep
                  %above = icmp uge i64 %pc, %start
                  %below = icmp ult i64 %pc, %end
                  %inside = and i1 %above, %below
                  br i1 %inside, label %found, label %advance
                advance:
                  %next = add i64 %i, 1
                  br label %check
                found:
                  %w1 = call i64 @write(i32 2, ptr @.in_function, i64 13)
                  %length = call i64 @strlen(ptr %name)
                  %w2 = call i64 @write(i32 2, ptr %name, i64 %length)
                  br label %finish
                finish:
                  %w3 = call i64 @write(i32 2, ptr @.newline, i64 1)
                  ret void
                }

                define void @__hotlink_fault_handler(i32 %sig, ptr %info, ptr %uctx) {
                entry:
                  %pcp = getelementptr i8, ptr %uctx, i64 PC_OFFSET
                  %pc = load i64, ptr %pcp
                  %self = call i64 @pthread_self()
                  %program = load i64, ptr @__hotlink_fault_program_thread
                  %onprogram = icmp eq i64 %self, %program
                  br i1 %onprogram, label %report, label %checkpc
                checkpc:
                """.replace("PC_OFFSET", Integer.toString(pcOffsetInUcontext)));
        ir.append("""
                  %lo = load i64, ptr @__hotlink_fault_arena_start
                  %hi = load i64, ptr @__hotlink_fault_arena_end
                  %above = icmp uge i64 %pc, %lo
                  %below = icmp ult i64 %pc, %hi
                  %inside = and i1 %above, %below
                  br i1 %inside, label %report, label %chain
                report:
                  switch i32 %sig, label %other [
                """);
        for (int i = 0; i < SIGNALS.length; i++) {
            ir.append(String.format(Locale.ROOT, "    i32 %d, label %%say%d\n", SIGNALS[i], i));
        }
        ir.append("  ]\n");
        for (int i = 0; i < SIGNALS.length; i++) {
            int length = ("hotlink: program terminated by signal " + NAMES[i]).length();
            ir.append(String.format(Locale.ROOT, "say%d:\n  %%w%d = call i64 @write(i32 2, ptr @.msg%d, i64 %d)\n"
                    + "  br label %%die\n", i, i, i, length));
        }
        ir.append("""
                other:
                  br label %die
                die:
                  call void @__hotlink_fault_name_function(i64 %pc)
                  %status = add i32 %sig, 128
                  call void @_exit(i32 %status)
                  unreachable
                chain:
                  switch i32 %sig, label %done [
                """);
        for (int i = 0; i < SIGNALS.length; i++) {
            ir.append(String.format(Locale.ROOT, "    i32 %d, label %%old%d\n", SIGNALS[i], i));
        }
        ir.append("  ]\n");
        for (int i = 0; i < SIGNALS.length; i++) {
            ir.append(String.format(Locale.ROOT, "old%d:\n  %%a%d = getelementptr [%d x i8], ptr @%s, i64 %d\n"
                    + "  br label %%call\n", i, i, SIGACTION_SIZE, OLD_ACTIONS, i));
        }
        ir.append("call:\n  %action = phi ptr ");
        for (int i = 0; i < SIGNALS.length; i++) {
            ir.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[ %%a%d, %%old%d ]", i, i));
        }
        ir.append(String.format(Locale.ROOT, """

                  %%fn = load ptr, ptr %%action
                  %%fnbits = ptrtoint ptr %%fn to i64
                  %%flagsp = getelementptr i8, ptr %%action, i64 %d
                  %%flags = load i32, ptr %%flagsp
                  %%siginfo = and i32 %%flags, 4
                  %%hasinfo = icmp ne i32 %%siginfo, 0
                  br i1 %%hasinfo, label %%withinfo, label %%plain
                withinfo:
                  call void %%fn(i32 %%sig, ptr %%info, ptr %%uctx)
                  br label %%done
                plain:
                  %%special = icmp ule i64 %%fnbits, 1
                  br i1 %%special, label %%restore, label %%simple
                simple:
                  call void %%fn(i32 %%sig)
                  br label %%done
                restore:
                  ; SIG_DFL or SIG_IGN: put it back; the faulting instruction runs again and meets it.
                  %%r = call i32 @sigaction(i32 %%sig, ptr %%action, ptr null)
                  br label %%done
                done:
                  ret void
                }
                """, SIGACTION_FLAGS));
        return ir.toString();
    }

    private static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') {
                out.append((char) b);
            } else {
                out.append(String.format(Locale.ROOT, "\\%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
