; Intrinsics that clang-19 does not print for C on Linux: llvm.sqrt and llvm.pow (math-errno keeps sqrt()
; and pow() as libm calls) and llvm.expect (lowered before the IR is printed at -O1 and above, absent at -O0).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.fmt = private unnamed_addr constant [40 x i8] c"sqrt %.10f sqrtf %.6f pow %.10f hit %d\0A\00", align 1

declare double @llvm.sqrt.f64(double)
declare float @llvm.sqrt.f32(float)
declare double @llvm.pow.f64(double, double)
declare float @llvm.pow.f32(float, float)
declare i64 @llvm.expect.i64(i64, i64)
declare i32 @printf(ptr, ...)

define i32 @main() {
entry:
  %s = call double @llvm.sqrt.f64(double 2.0)
  %sf = call float @llvm.sqrt.f32(float 10.0)
  %sfd = fpext float %sf to double
  %p = call double @llvm.pow.f64(double 1.5, double 7.25)
  %pf = call float @llvm.pow.f32(float 2.0, float 10.0)
  %big = fcmp ogt float %pf, 1000.0
  %b64 = zext i1 %big to i64
  %e = call i64 @llvm.expect.i64(i64 %b64, i64 1)
  %hit = icmp ne i64 %e, 0
  br i1 %hit, label %yes, label %no
yes:
  br label %done
no:
  br label %done
done:
  %code = phi i32 [ 21, %yes ], [ 12, %no ]
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, double %s, double %sfd, double %p, i32 %code)
  ret i32 %code
}
