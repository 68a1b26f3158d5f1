; ModuleID = 'primes.c'
source_filename = "primes.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@stderr = external global ptr, align 8
@.str = private unnamed_addr constant [20 x i8] c"usage: %s [N >= 2]\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"calloc\00", align 1
@.str.2 = private unnamed_addr constant [26 x i8] c"largest primes up to %ld:\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c" %ld\00", align 1
@.str.4 = private unnamed_addr constant [22 x i8] c"\0A%d primes up to %ld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %11 = load i32, ptr %4, align 4
  %12 = icmp sgt i32 %11, 1
  br i1 %12, label %13, label %18

13:                                               ; preds = %2
  %14 = load ptr, ptr %5, align 8
  %15 = getelementptr inbounds ptr, ptr %14, i64 1
  %16 = load ptr, ptr %15, align 8
  %17 = call i64 @strtol(ptr noundef %16, ptr noundef null, i32 noundef 10) #4
  br label %19

18:                                               ; preds = %2
  br label %19

19:                                               ; preds = %18, %13
  %20 = phi i64 [ %17, %13 ], [ 100, %18 ]
  store i64 %20, ptr %6, align 8
  %21 = load i64, ptr %6, align 8
  %22 = icmp slt i64 %21, 2
  br i1 %22, label %23, label %29

23:                                               ; preds = %19
  %24 = load ptr, ptr @stderr, align 8
  %25 = load ptr, ptr %5, align 8
  %26 = getelementptr inbounds ptr, ptr %25, i64 0
  %27 = load ptr, ptr %26, align 8
  %28 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %24, ptr noundef @.str, ptr noundef %27) #4
  store i32 64, ptr %3, align 4
  br label %73

29:                                               ; preds = %19
  %30 = load i64, ptr %6, align 8
  %31 = add i64 %30, 1
  %32 = call noalias ptr @calloc(i64 noundef %31, i64 noundef 1) #5
  store ptr %32, ptr %7, align 8
  %33 = load ptr, ptr %7, align 8
  %34 = icmp eq ptr %33, null
  br i1 %34, label %35, label %36

35:                                               ; preds = %29
  call void @perror(ptr noundef @.str.1)
  store i32 1, ptr %3, align 4
  br label %73

36:                                               ; preds = %29
  %37 = load ptr, ptr %7, align 8
  %38 = load i64, ptr %6, align 8
  %39 = call i32 @count_primes(ptr noundef %37, i64 noundef %38)
  store i32 %39, ptr %8, align 4
  %40 = load i64, ptr %6, align 8
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %40)
  store i32 0, ptr %9, align 4
  %42 = load i64, ptr %6, align 8
  store i64 %42, ptr %10, align 8
  br label %43

43:                                               ; preds = %63, %36
  %44 = load i64, ptr %10, align 8
  %45 = icmp sge i64 %44, 2
  br i1 %45, label %46, label %49

46:                                               ; preds = %43
  %47 = load i32, ptr %9, align 4
  %48 = icmp slt i32 %47, 5
  br label %49

49:                                               ; preds = %46, %43
  %50 = phi i1 [ false, %43 ], [ %48, %46 ]
  br i1 %50, label %51, label %66

51:                                               ; preds = %49
  %52 = load ptr, ptr %7, align 8
  %53 = load i64, ptr %10, align 8
  %54 = getelementptr inbounds i8, ptr %52, i64 %53
  %55 = load i8, ptr %54, align 1
  %56 = icmp ne i8 %55, 0
  br i1 %56, label %62, label %57

57:                                               ; preds = %51
  %58 = load i64, ptr %10, align 8
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %58)
  %60 = load i32, ptr %9, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %9, align 4
  br label %62

62:                                               ; preds = %57, %51
  br label %63

63:                                               ; preds = %62
  %64 = load i64, ptr %10, align 8
  %65 = add nsw i64 %64, -1
  store i64 %65, ptr %10, align 8
  br label %43, !llvm.loop !6

66:                                               ; preds = %49
  %67 = load i32, ptr %8, align 4
  %68 = load i64, ptr %6, align 8
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %67, i64 noundef %68)
  %70 = load ptr, ptr %7, align 8
  call void @free(ptr noundef %70) #4
  %71 = load i32, ptr %8, align 4
  %72 = srem i32 %71, 256
  store i32 %72, ptr %3, align 4
  br label %73

73:                                               ; preds = %66, %35, %23
  %74 = load i32, ptr %3, align 4
  ret i32 %74
}

; Function Attrs: nounwind
declare i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #1

; Function Attrs: nounwind
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #1

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #2

declare void @perror(ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_primes(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  store i64 2, ptr %6, align 8
  br label %8

8:                                                ; preds = %38, %2
  %9 = load i64, ptr %6, align 8
  %10 = load i64, ptr %4, align 8
  %11 = icmp sle i64 %9, %10
  br i1 %11, label %12, label %41

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i64, ptr %6, align 8
  %15 = getelementptr inbounds i8, ptr %13, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = icmp ne i8 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  br label %38

19:                                               ; preds = %12
  %20 = load i32, ptr %5, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %5, align 4
  %22 = load i64, ptr %6, align 8
  %23 = load i64, ptr %6, align 8
  %24 = mul nsw i64 %22, %23
  store i64 %24, ptr %7, align 8
  br label %25

25:                                               ; preds = %33, %19
  %26 = load i64, ptr %7, align 8
  %27 = load i64, ptr %4, align 8
  %28 = icmp sle i64 %26, %27
  br i1 %28, label %29, label %37

29:                                               ; preds = %25
  %30 = load ptr, ptr %3, align 8
  %31 = load i64, ptr %7, align 8
  %32 = getelementptr inbounds i8, ptr %30, i64 %31
  store i8 1, ptr %32, align 1
  br label %33

33:                                               ; preds = %29
  %34 = load i64, ptr %6, align 8
  %35 = load i64, ptr %7, align 8
  %36 = add nsw i64 %35, %34
  store i64 %36, ptr %7, align 8
  br label %25, !llvm.loop !8

37:                                               ; preds = %25
  br label %38

38:                                               ; preds = %37, %18
  %39 = load i64, ptr %6, align 8
  %40 = add nsw i64 %39, 1
  store i64 %40, ptr %6, align 8
  br label %8, !llvm.loop !9

41:                                               ; preds = %8
  %42 = load i32, ptr %5, align 4
  ret i32 %42
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind
declare void @free(ptr noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nounwind allocsize(0,1) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
