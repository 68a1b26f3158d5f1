; voice.ll: the "sound" of the live example. @voice(step) gives the level of one line, 0 to 40.
; Edit and save while `hotlink live` runs: try another period (16), slope (2) or a whole new shape.

define i32 @voice(i32 %step) {
entry:
  %phase = urem i32 %step, 16
  %level = mul i32 %phase, 2
  ret i32 %level
}
