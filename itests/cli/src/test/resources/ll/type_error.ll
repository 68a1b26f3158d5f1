; Type error: %wide is i64 but line 8 uses it as an i32 operand.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define i32 @main() {
entry:
  %wide = add i64 1, 2
  %sum = add i32 %wide, 1
  ret i32 %sum
}
