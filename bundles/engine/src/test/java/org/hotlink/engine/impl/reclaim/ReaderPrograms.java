package org.hotlink.engine.impl.reclaim;

/**
 * IR of the reader threads the tests run. Flags are globals the test reads and writes through
 * their addresses: {@code @started} (set by a function when it begins), {@code @go} and
 * {@code @stop} (set by the test), {@code @iterations} (loop passes so far), {@code @running}
 * (sleepy readers started) and {@code @stop_extra} (a second stop flag).
 */
final class ReaderPrograms {
    private ReaderPrograms() {
    }

    static final String IR = """
            declare void @hotlink_quiescent()
            declare i32 @sched_yield()
            declare i32 @usleep(i32)

            @started = global i64 0, align 8
            @go = global i64 0, align 8
            @stop = global i64 0, align 8
            @iterations = global i64 0, align 8
            @running = global i64 0, align 8
            @stop_extra = global i64 0, align 8

            ; Counts itself in @running, then passes a quiescent point every 5 ms until the i64 at
            ; address %flag is set.
            define i64 @sleepy_reader(i64 %flag) {
            entry:
              %old = atomicrmw add ptr @running, i64 1 seq_cst, align 8
              %flagp = inttoptr i64 %flag to ptr
              br label %loop
            loop:
              call void @hotlink_quiescent()
              %u = call i32 @usleep(i32 5000)
              %s = load atomic i64, ptr %flagp acquire, align 8
              %nostop = icmp eq i64 %s, 0
              br i1 %nostop, label %loop, label %done
            done:
              ret i64 0
            }

            ; Spins without a quiescent point until @go, passes one, then spins until @stop.
            define i64 @wait_then_quiesce(i64 %arg) {
            entry:
              store atomic i64 1, ptr @started release, align 8
              br label %waitgo
            waitgo:
              %g = load atomic i64, ptr @go acquire, align 8
              %nogo = icmp eq i64 %g, 0
              br i1 %nogo, label %yield1, label %quiesce
            yield1:
              %y1 = call i32 @sched_yield()
              br label %waitgo
            quiesce:
              call void @hotlink_quiescent()
              br label %waitstop
            waitstop:
              %s = load atomic i64, ptr @stop acquire, align 8
              %nostop = icmp eq i64 %s, 0
              br i1 %nostop, label %yield2, label %done
            yield2:
              %y2 = call i32 @sched_yield()
              br label %waitstop
            done:
              ret i64 7
            }

            ; Passes a quiescent point on every iteration until @stop; returns 42.
            define i64 @quiescent_loop(i64 %arg) {
            entry:
              br label %body
            body:
              call void @hotlink_quiescent()
              %old = atomicrmw add ptr @iterations, i64 1 seq_cst, align 8
              %s = load atomic i64, ptr @stop acquire, align 8
              %nostop = icmp eq i64 %s, 0
              br i1 %nostop, label %body, label %done
            done:
              ret i64 42
            }

            ; Defined right after @quiescent_loop: where its code starts bounds the loop's code.
            define i64 @after_quiescent_loop(i64 %arg) {
            entry:
              ret i64 %arg
            }

            ; A pthread start routine that never registers: spins until @stop.
            define ptr @spin_unregistered(ptr %unused) {
            entry:
              store atomic i64 1, ptr @started release, align 8
              br label %loop
            loop:
              %s = load atomic i64, ptr @stop acquire, align 8
              %nostop = icmp eq i64 %s, 0
              br i1 %nostop, label %yield, label %done
            yield:
              %y = call i32 @sched_yield()
              br label %loop
            done:
              ret ptr null
            }

            ; %n quiescent points in a row; returns %n.
            define i64 @quiescent_bench(i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              call void @hotlink_quiescent()
              %next = add i64 %i, 1
              %more = icmp ult i64 %next, %n
              br i1 %more, label %loop, label %done
            done:
              ret i64 %n
            }

            define void @empty() {
            entry:
              ret void
            }

            ; %n calls of an empty function: the call overhead to subtract from the bench.
            define i64 @empty_bench(i64 %n) {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              call void @empty()
              %next = add i64 %i, 1
              %more = icmp ult i64 %next, %n
              br i1 %more, label %loop, label %done
            done:
              ret i64 %n
            }
            """;
}
