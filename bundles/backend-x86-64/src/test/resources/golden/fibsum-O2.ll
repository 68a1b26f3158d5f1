; clang-19 -O2 -fno-vectorize -fno-slp-vectorize -S -emit-llvm of:
; unsigned long fibsum(unsigned n) {
;     unsigned long a = 0, b = 1, sum = 0;
;     for (unsigned i = 0; i < n; i++) {
;         unsigned long t = a + b;
;         a = b;
;         b = t;
;         sum += a ^ i;
;     }
;     return sum;
; }
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define dso_local i64 @fibsum(i32 noundef %0) local_unnamed_addr {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %28, label %3

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  %5 = and i64 %4, 3
  %6 = icmp ult i32 %0, 4
  br i1 %6, label %9, label %7

7:                                                ; preds = %3
  %8 = and i64 %4, 4294967292
  br label %30

9:                                                ; preds = %30, %3
  %10 = phi i64 [ poison, %3 ], [ %50, %30 ]
  %11 = phi i64 [ 0, %3 ], [ %51, %30 ]
  %12 = phi i64 [ 0, %3 ], [ %44, %30 ]
  %13 = phi i64 [ 0, %3 ], [ %50, %30 ]
  %14 = phi i64 [ 1, %3 ], [ %48, %30 ]
  %15 = icmp eq i64 %5, 0
  br i1 %15, label %28, label %16

16:                                               ; preds = %9, %16
  %17 = phi i64 [ %25, %16 ], [ %11, %9 ]
  %18 = phi i64 [ %20, %16 ], [ %12, %9 ]
  %19 = phi i64 [ %24, %16 ], [ %13, %9 ]
  %20 = phi i64 [ %22, %16 ], [ %14, %9 ]
  %21 = phi i64 [ %26, %16 ], [ 0, %9 ]
  %22 = add i64 %18, %20
  %23 = xor i64 %20, %17
  %24 = add i64 %23, %19
  %25 = add nuw nsw i64 %17, 1
  %26 = add i64 %21, 1
  %27 = icmp eq i64 %26, %5
  br i1 %27, label %28, label %16

28:                                               ; preds = %9, %16, %1
  %29 = phi i64 [ 0, %1 ], [ %10, %9 ], [ %24, %16 ]
  ret i64 %29

30:                                               ; preds = %30, %7
  %31 = phi i64 [ 0, %7 ], [ %51, %30 ]
  %32 = phi i64 [ 0, %7 ], [ %44, %30 ]
  %33 = phi i64 [ 0, %7 ], [ %50, %30 ]
  %34 = phi i64 [ 1, %7 ], [ %48, %30 ]
  %35 = phi i64 [ 0, %7 ], [ %52, %30 ]
  %36 = add i64 %32, %34
  %37 = xor i64 %34, %31
  %38 = add i64 %37, %33
  %39 = or disjoint i64 %31, 1
  %40 = add i64 %34, %36
  %41 = xor i64 %36, %39
  %42 = add i64 %41, %38
  %43 = or disjoint i64 %31, 2
  %44 = add i64 %36, %40
  %45 = xor i64 %40, %43
  %46 = add i64 %45, %42
  %47 = or disjoint i64 %31, 3
  %48 = add i64 %40, %44
  %49 = xor i64 %44, %47
  %50 = add i64 %49, %46
  %51 = add nuw nsw i64 %31, 4
  %52 = add i64 %35, 4
  %53 = icmp eq i64 %52, %8
  br i1 %53, label %9, label %30
}
