package org.hotlink.backend.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Test that a variadic definition reads its arguments with the va_arg instruction (clang expands
 * va_arg itself on x86-64, so this IR is hand-written): integers from the register save area and
 * then the overflow area, doubles likewise from the XMM part.
 */
class VaArgTest {
    private static final String IR = """
            %va = type { i32, i32, ptr, ptr }
            declare void @llvm.va_start.p0(ptr)
            declare void @llvm.va_end.p0(ptr)

            define i64 @sum(i32 %n, ...) {
            entry:
              %ap = alloca %va
              call void @llvm.va_start.p0(ptr %ap)
              br label %loop
            loop:
              %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
              %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
              %v = va_arg ptr %ap, i64
              %s1 = add i64 %s, %v
              %i1 = add i32 %i, 1
              %done = icmp eq i32 %i1, %n
              br i1 %done, label %exit, label %loop
            exit:
              call void @llvm.va_end.p0(ptr %ap)
              ret i64 %s1
            }

            define double @dsum(i32 %n, ...) {
            entry:
              %ap = alloca %va
              call void @llvm.va_start.p0(ptr %ap)
              br label %loop
            loop:
              %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
              %s = phi double [ 0.0, %entry ], [ %s1, %loop ]
              %v = va_arg ptr %ap, double
              %s1 = fadd double %s, %v
              %i1 = add i32 %i, 1
              %done = icmp eq i32 %i1, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret double %s1
            }
            """;

    @Test
    void integersComeFromRegistersThenFromTheStack() throws Exception {
        try (CompiledModule m = CompiledModule.load(IR)) {
            Object[] args = {9, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L};
            assertEquals(45L, m.function("sum").invokeLong(args), "sum of 1..9 passed as 5 register and 4 stack arguments");
        }
    }

    @Test
    void doublesComeFromXmmRegistersThenFromTheStack() throws Exception {
        try (CompiledModule m = CompiledModule.load(IR)) {
            Object[] args = {10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5};
            assertEquals(55.5, m.function("dsum").invokeDouble(args), "sum of ten doubles, two of them on the stack");
        }
    }
}
