package org.hotlink.itests.osgi;

import java.util.Arrays;

/**
 * An IR module in which compiled code calls back into compiled code through libc: {@code check()}
 * sorts a global array with {@code qsort} and a compiled comparator, then returns a checksum that
 * depends on the order (the sum of value times position).
 */
final class QsortCallbackProgram {
    static final String MODULE_NAME = "qsort-callback.ll";

    private static final long[] VALUES = {42, -7, 19, 3, 100, 0, -55, 8, 64, 1};

    /** Checked natively: clang-19 compiles this module with a main returning check() and exits 251 (2043 mod 256). */
    static final String IR = """
            @values = internal global [10 x i64] [i64 42, i64 -7, i64 19, i64 3, i64 100, i64 0, i64 -55, i64 8, i64 64, i64 1]

            declare void @qsort(ptr, i64, i64, ptr)

            define internal i32 @compare(ptr %a, ptr %b) {
            entry:
              %x = load i64, ptr %a
              %y = load i64, ptr %b
              %gt = icmp sgt i64 %x, %y
              %lt = icmp slt i64 %x, %y
              %g = zext i1 %gt to i32
              %l = zext i1 %lt to i32
              %r = sub i32 %g, %l
              ret i32 %r
            }

            define i64 @check() {
            entry:
              call void @qsort(ptr @values, i64 10, i64 8, ptr @compare)
              br label %loop

            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              %sum = phi i64 [ 0, %entry ], [ %sum.next, %loop ]
              %p = getelementptr inbounds [10 x i64], ptr @values, i64 0, i64 %i
              %v = load i64, ptr %p
              %next = add nuw nsw i64 %i, 1
              %weighted = mul nsw i64 %v, %next
              %sum.next = add nsw i64 %sum, %weighted
              %done = icmp eq i64 %next, 10
              br i1 %done, label %exit, label %loop

            exit:
              ret i64 %sum.next
            }
            """;

    private QsortCallbackProgram() {
    }

    /** The checksum of the sorted values, computed in Java: 2043. */
    static long expectedChecksum() {
        long[] sorted = VALUES.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (int i = 0; i < sorted.length; i++) {
            sum += sorted[i] * (i + 1);
        }
        return sum;
    }
}
