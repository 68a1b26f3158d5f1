; First-class aggregates in registers: insertvalue and extractvalue on a returned { i64, double } and
; a nested { i32, [2 x i8] }, plus freeze of a poison-free value.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.fmt = private unnamed_addr constant [23 x i8] c"pair %ld %.2f nest %d\0A\00", align 1

declare i32 @printf(ptr, ...)

define { i64, double } @make_pair(i64 %a, double %b) {
  %p0 = insertvalue { i64, double } poison, i64 %a, 0
  %p1 = insertvalue { i64, double } %p0, double %b, 1
  ret { i64, double } %p1
}

define i32 @nest_sum(i32 %x) {
  %n0 = insertvalue { i32, [2 x i8] } undef, i32 %x, 0
  %n1 = insertvalue { i32, [2 x i8] } %n0, i8 3, 1, 0
  %n2 = insertvalue { i32, [2 x i8] } %n1, i8 4, 1, 1
  %a = extractvalue { i32, [2 x i8] } %n2, 0
  %b = extractvalue { i32, [2 x i8] } %n2, 1, 1
  %bz = zext i8 %b to i32
  %f = freeze i32 %bz
  %s = add i32 %a, %f
  ret i32 %s
}

define i32 @main() {
  %p = call { i64, double } @make_pair(i64 40, double 2.5)
  %a = extractvalue { i64, double } %p, 0
  %b = extractvalue { i64, double } %p, 1
  %n = call i32 @nest_sum(i32 10)
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i64 %a, double %b, i32 %n)
  %code = trunc i64 %a to i32
  ret i32 %code
}
