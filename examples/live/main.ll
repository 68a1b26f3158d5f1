; main.ll: the loop of the live example. Prints one line about every 100 ms: the step, the level that
; @voice (voice.ll) computes for it, and a bar of that length. Runs COUNT steps (argv[1], default 300),
; then returns 0. Edit voice.ll while it runs: the next line comes from the new code.

@stdout = external global ptr
@bars = private unnamed_addr constant [41 x i8] c"########################################\00"
@format = private unnamed_addr constant [16 x i8] c"%4d %3d |%.*s|\0A\00"

declare i32 @printf(ptr, ...)
declare i32 @fflush(ptr)
declare i32 @usleep(i32)
declare i32 @atoi(ptr)
; Tells Hotlink this thread holds no pointer into replaced code, so that code can be freed.
declare void @hotlink_quiescent()
; Defined in voice.ll; bound whenever that module is (re)loaded.
declare i32 @voice(i32)

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %has_count = icmp sgt i32 %argc, 1
  br i1 %has_count, label %parse, label %start

parse:
  %count_arg_slot = getelementptr inbounds ptr, ptr %argv, i64 1
  %count_arg = load ptr, ptr %count_arg_slot
  %parsed = call i32 @atoi(ptr %count_arg)
  br label %start

start:
  %count = phi i32 [ 300, %entry ], [ %parsed, %parse ]
  br label %loop

loop:
  %step = phi i32 [ 0, %start ], [ %next, %body ]
  %done = icmp sge i32 %step, %count
  br i1 %done, label %finish, label %body

body:
  %raw = call i32 @voice(i32 %step)
  ; Clamp to the bar's 0..40 characters, whatever voice.ll returns.
  %negative = icmp slt i32 %raw, 0
  %floor = select i1 %negative, i32 0, i32 %raw
  %too_long = icmp sgt i32 %floor, 40
  %level = select i1 %too_long, i32 40, i32 %floor
  %printed = call i32 (ptr, ...) @printf(ptr @format, i32 %step, i32 %raw, i32 %level, ptr @bars)
  %out = load ptr, ptr @stdout
  %flushed = call i32 @fflush(ptr %out)
  call void @hotlink_quiescent()
  %slept = call i32 @usleep(i32 100000)
  %next = add i32 %step, 1
  br label %loop

finish:
  ret i32 0
}
