package org.hotlink.itests.hotswap;

/**
 * The modules of {@link HotSwapTortureTest}: a one-function module {@code versioned} whose
 * {@code @version()} returns {@link #value(int) value(n)} in its n-th version, and a worker module
 * whose {@code @worker(i64 id)} calls {@code @version} through its stub in a loop and records per
 * thread, in globals indexed by id, what it saw:
 * <ul>
 * <li>{@code @max_seen}: the largest value returned;</li>
 * <li>{@code @decreases}: how many times a value was smaller than the one before;</li>
 * <li>{@code @invalid} and {@code @first_invalid}: how many values were no version's value, and the first;</li>
 * <li>{@code @iterations}: loop iterations so far (progress, read by Java while it runs).</li>
 * </ul>
 * The loop calls {@code hotlink_quiescent()} every iteration and ends when {@code @stop} is
 * non-zero ({@code @request_stop()}), returning its iteration count.
 */
final class VersionedFunction {
    static final int THREADS = 4;
    /** Value of version 0; far from 0 so that a stray zero or a garbage value is not a version's. */
    static final long BASE = 1_000_000;
    /** Between consecutive versions' values: any value off this grid is no version's. */
    static final long STEP = 7;
    /** The highest version number the worker accepts as valid. */
    static final int MAX_VERSION = 10_000;

    private VersionedFunction() {
    }

    /** What version {@code n} of {@code @version} returns. */
    static long value(int n) {
        return BASE + STEP * n;
    }

    /** Version {@code n} of the one-function module. */
    static String versionModule(int n) {
        return Ir.module("""
                define i64 @version() {
                  ret i64 %d
                }
                """.formatted(value(n)));
    }

    static String workerModule() {
        String perThread = "[" + THREADS + " x i64]";
        return Ir.module("""
                @stop = global i64 0
                @max_seen = global %1$s zeroinitializer
                @decreases = global %1$s zeroinitializer
                @invalid = global %1$s zeroinitializer
                @first_invalid = global %1$s zeroinitializer
                @iterations = global %1$s zeroinitializer

                declare i64 @version()
                declare void @hotlink_quiescent()

                define void @request_stop() {
                  store atomic i64 1, ptr @stop release, align 8
                  ret void
                }

                define i64 @worker(i64 %%id) {
                entry:
                  %%max.p = getelementptr inbounds %1$s, ptr @max_seen, i64 0, i64 %%id
                  %%dec.p = getelementptr inbounds %1$s, ptr @decreases, i64 0, i64 %%id
                  %%inv.p = getelementptr inbounds %1$s, ptr @invalid, i64 0, i64 %%id
                  %%first.p = getelementptr inbounds %1$s, ptr @first_invalid, i64 0, i64 %%id
                  %%iter.p = getelementptr inbounds %1$s, ptr @iterations, i64 0, i64 %%id
                  br label %%loop

                loop:
                  %%prev = phi i64 [ 0, %%entry ], [ %%v, %%next ]
                  %%n = phi i64 [ 0, %%entry ], [ %%n.next, %%next ]
                  %%v = call i64 @version()
                  %%below = icmp ult i64 %%v, %2$d
                  %%above = icmp ugt i64 %%v, %3$d
                  %%off = sub i64 %%v, %2$d
                  %%rem = urem i64 %%off, %4$d
                  %%off_grid = icmp ne i64 %%rem, 0
                  %%out = or i1 %%below, %%above
                  %%bad = or i1 %%out, %%off_grid
                  br i1 %%bad, label %%record_invalid, label %%check_order

                record_invalid:
                  %%c = load i64, ptr %%inv.p
                  %%c.next = add i64 %%c, 1
                  store i64 %%c.next, ptr %%inv.p
                  %%is_first = icmp eq i64 %%c, 0
                  br i1 %%is_first, label %%record_first, label %%check_order

                record_first:
                  store i64 %%v, ptr %%first.p
                  br label %%check_order

                check_order:
                  %%decreased = icmp ult i64 %%v, %%prev
                  br i1 %%decreased, label %%record_decrease, label %%track_max

                record_decrease:
                  %%d = load i64, ptr %%dec.p
                  %%d.next = add i64 %%d, 1
                  store i64 %%d.next, ptr %%dec.p
                  br label %%track_max

                track_max:
                  %%m = load i64, ptr %%max.p
                  %%higher = icmp ugt i64 %%v, %%m
                  %%m.next = select i1 %%higher, i64 %%v, i64 %%m
                  store i64 %%m.next, ptr %%max.p
                  br label %%next

                next:
                  %%n.next = add i64 %%n, 1
                  store atomic i64 %%n.next, ptr %%iter.p monotonic, align 8
                  call void @hotlink_quiescent()
                  %%s = load atomic i64, ptr @stop acquire, align 8
                  %%go = icmp eq i64 %%s, 0
                  br i1 %%go, label %%loop, label %%done

                done:
                  ret i64 %%n.next
                }
                """.formatted(perThread, BASE, value(MAX_VERSION), STEP));
    }
}
