; Verifier error: %a on line 7 uses %b, which is defined only later on line 8 (does not dominate its use).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define i32 @main() {
entry:
  %a = add i32 %b, 1
  %b = add i32 2, 3
  ret i32 %a
}
