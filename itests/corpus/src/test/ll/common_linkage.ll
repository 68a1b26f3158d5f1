; common linkage (tentative definitions, which clang-19 emits only with -fcommon) merged with an external
; definition-free use, plus a linkonce_odr function and an internal global, as C++ or -fcommon output has.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@counter = common global i32 0, align 4
@buffer = common global [16 x i64] zeroinitializer, align 16
@hidden = internal global i32 5, align 4
@.fmt = private unnamed_addr constant [27 x i8] c"counter %d buffer %ld %ld\0A\00", align 1

declare i32 @printf(ptr, ...)

define linkonce_odr i32 @twice(i32 %x) {
  %r = shl i32 %x, 1
  ret i32 %r
}

define i32 @main() {
entry:
  store i32 7, ptr @counter, align 4
  %h = load i32, ptr @hidden, align 4
  %c = load i32, ptr @counter, align 4
  %t = call i32 @twice(i32 %c)
  %sum = add i32 %t, %h
  store i32 %sum, ptr @counter, align 4
  %slot = getelementptr inbounds [16 x i64], ptr @buffer, i64 0, i64 15
  store i64 99, ptr %slot, align 8
  %first = load i64, ptr @buffer, align 16
  %last = load i64, ptr %slot, align 8
  %p = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %sum, i64 %first, i64 %last)
  ret i32 %sum
}
