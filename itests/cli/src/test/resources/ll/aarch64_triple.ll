; A module for AArch64 Linux (data layout line 2, triple line 3): not for this x86-64 host.
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

define i32 @main() {
entry:
  ret i32 0
}
