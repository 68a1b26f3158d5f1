; The va_arg instruction, which clang never emits for x86-64 (it expands va_arg itself): a variadic
; function reads i32, i64 and double arguments with va_arg, including past the register save area.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.va_list = type { i32, i32, ptr, ptr }

@.fmt = private unnamed_addr constant [27 x i8] c"ints %ld doubles %.3f %ld\0A\00", align 1

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare i32 @printf(ptr, ...)

; sum_ints(count, ...): adds count i32 arguments
define i64 @sum_ints(i32 %count, ...) {
entry:
  %ap = alloca %struct.va_list, align 16
  call void @llvm.va_start.p0(ptr %ap)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %v = va_arg ptr %ap, i32
  %v64 = sext i32 %v to i64
  %acc.next = add i64 %acc, %v64
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %count
  br i1 %done, label %exit, label %loop
exit:
  call void @llvm.va_end.p0(ptr %ap)
  ret i64 %acc.next
}

; sum_doubles(count, ...): adds count double arguments
define double @sum_doubles(i32 %count, ...) {
entry:
  %ap = alloca %struct.va_list, align 16
  call void @llvm.va_start.p0(ptr %ap)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  %v = va_arg ptr %ap, double
  %acc.next = fadd double %acc, %v
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %count
  br i1 %done, label %exit, label %loop
exit:
  call void @llvm.va_end.p0(ptr %ap)
  ret double %acc.next
}

; first_i64_after(count, ...): skips count i32 values, then reads one i64
define i64 @first_i64_after(i32 %count, ...) {
entry:
  %ap = alloca %struct.va_list, align 16
  call void @llvm.va_start.p0(ptr %ap)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %skip = va_arg ptr %ap, i32
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %count
  br i1 %done, label %exit, label %loop
exit:
  %v = va_arg ptr %ap, i64
  call void @llvm.va_end.p0(ptr %ap)
  ret i64 %v
}

define i32 @main() {
entry:
  %s = call i64 (i32, ...) @sum_ints(i32 8, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 -8)
  %d = call double (i32, ...) @sum_doubles(i32 10, double 0.5, double 1.5, double 2.5, double 3.5, double 4.5, double 5.5, double 6.5, double 7.5, double 8.5, double 9.5)
  %l = call i64 (i32, ...) @first_i64_after(i32 6, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i64 1234567890123)
  %p = call i32 (ptr, ...) @printf(ptr @.fmt, i64 %s, double %d, i64 %l)
  %r = trunc i64 %s to i32
  ret i32 %r
}
