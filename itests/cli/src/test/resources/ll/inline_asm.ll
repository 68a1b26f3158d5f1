; Inline assembly in a call (line 8), which Hotlink does not support.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define i32 @main() {
entry:
  %one = add i32 0, 1
  call void asm sideeffect "nop", ""()
  ret i32 %one
}
