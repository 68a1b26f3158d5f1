; main calls a function whose path ends in unreachable: Hotlink's contract is SIGILL (exit 132).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define internal void @never_returns() noinline {
entry:
  unreachable
}

define i32 @main() {
entry:
  call void @never_returns()
  ret i32 0
}
