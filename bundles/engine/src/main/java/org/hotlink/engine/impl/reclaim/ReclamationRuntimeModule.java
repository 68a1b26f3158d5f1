package org.hotlink.engine.impl.reclaim;

import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.COUNT_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.FIRST_RETURN_ADDRESS_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.FREE;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.MAX_FRAMES;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.OFFLINE;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.ONLINE;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.RECORDS;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.RECORD_WORDS;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.SEEN_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.SEQ_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.STACK_HIGH_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.STACK_LOW_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.STATE_WORD;

import java.util.Map;

/**
 * IR of the reader side of quiescent-state-based reclamation (the liburcu "qsbr" flavour), compiled
 * by the engine's own back-end like any module: the global epoch, the registry of reader records
 * (layout in {@link ReaderRecordLayout}), thread registration, the quiescent point and the start
 * routine of native threads. {@link QuiescentReclaimer} is the writer side.
 *
 * <p>A thread finds its record through a pthread key that the Java side creates and stores (plus
 * one) in {@link #KEY}; with no key every function here does nothing. A thread that finds the
 * registry full (or cannot learn its stack's bounds) is counted in {@link #UNTRACKED} and its key
 * value is the sentinel 1; while any such thread runs, nothing is reclaimed.
 *
 * <p>{@link #THREAD_REGISTER} and {@link #THREAD_UNREGISTER} are for native threads (spawned ones
 * call them in {@link #SPAWN_ENTRY}); a Java thread's record belongs to {@link QuiescentReclaimer#enterJava()},
 * and compiled code called from Java must not unregister it.
 *
 * <p>{@link #QUIESCENT} is on the hot path of loops (an audio loop calls it 44,100 times a second),
 * so it does as little as it can: when the thread has already seen the current epoch and no retired
 * memory waits ({@link #WAITING} is 0) it returns after three loads. Otherwise it walks the frames
 * and compares them with the record, and rewrites the record under its sequence counter only when
 * the epoch or the frames changed. A record rewritten on every call of a tight loop would almost
 * never be read consistently by the reclaimer, whose copy takes longer than one call.
 *
 * <p>The frame walk starts from the helper's own frame pointer ({@code llvm.frameaddress(0)}): the
 * back-end keeps an RBP frame chain in every function, so [fp] is the caller's frame pointer and
 * [fp+8] its return address.
 */
public final class ReclamationRuntimeModule {
    public static final String MODULE_NAME = "hotlink-reclamation";
    /** {@code void ()}: a quiescent point; records the caller's return addresses and the epoch. */
    public static final String QUIESCENT = "hotlink_quiescent";
    /** {@code void ()}: claims an online record for the calling thread (no-op if it has one). */
    public static final String THREAD_REGISTER = "hotlink_thread_register";
    /** {@code void ()}: frees the calling thread's record. */
    public static final String THREAD_UNREGISTER = "hotlink_thread_unregister";
    /** {@code ptr (ptr ctx)}: pthread start routine running a spawn context (see {@link SpawnContextLayout}). */
    public static final String SPAWN_ENTRY = "__hotlink_spawn_entry";

    /** {@code [RECORDS x [RECORD_WORDS x i64]]}, 64-byte aligned. */
    static final String REGISTRY = "__hotlink_qsbr_registry";
    /** {@code i64} at the start of its own 64-byte line: the global epoch. */
    static final String EPOCH = "__hotlink_qsbr_epoch";
    /** {@code i64}: the pthread key plus one, 0 while the Java side has created none. */
    static final String KEY = "__hotlink_qsbr_key";
    /**
     * {@code i64}: retired entries waiting for a grace period. While it is 0 a quiescent point
     * whose thread has already seen the epoch returns without walking its frames: nobody needs them.
     */
    static final String WAITING = "__hotlink_qsbr_waiting";
    /** {@code i64}: threads running without a record because the registry was full. */
    static final String UNTRACKED = "__hotlink_qsbr_untracked";
    /** {@code ptr (i64 state)}: claims a record in the given state for the calling thread; null when full. */
    static final String CLAIM = "__hotlink_qsbr_claim";

    private ReclamationRuntimeModule() {
    }

    /** The module's IR for the given target triple and data layout. */
    public static String text(String triple, String dataLayout) {
        String ir = TEMPLATE;
        Map<String, Object> values = Map.ofEntries(
                Map.entry("TRIPLE", triple), Map.entry("DATALAYOUT", dataLayout),
                Map.entry("RECORDS", RECORDS), Map.entry("RECORD_WORDS", RECORD_WORDS),
                Map.entry("MAX_FRAMES", MAX_FRAMES), Map.entry("SEQ_WORD", SEQ_WORD),
                Map.entry("STATE_WORD", STATE_WORD), Map.entry("SEEN_WORD", SEEN_WORD),
                Map.entry("COUNT_WORD", COUNT_WORD), Map.entry("STACK_LOW_WORD", STACK_LOW_WORD),
                Map.entry("STACK_HIGH_WORD", STACK_HIGH_WORD), Map.entry("FIRST_RA_WORD", FIRST_RETURN_ADDRESS_WORD),
                Map.entry("FREE", FREE), Map.entry("OFFLINE", OFFLINE), Map.entry("ONLINE", ONLINE),
                Map.entry("CTX_ARGUMENT", SpawnContextLayout.ARGUMENT_OFFSET),
                Map.entry("CTX_RESULT", SpawnContextLayout.RESULT_OFFSET),
                Map.entry("CTX_FINISHED", SpawnContextLayout.FINISHED_OFFSET));
        ir = ir.replace("$WALKABLE_c$", walkable("c")).replace("$WALKABLE_$", walkable(""));
        for (Map.Entry<String, Object> value : values.entrySet()) {
            ir = ir.replace("$" + value.getKey() + "$", String.valueOf(value.getValue()));
        }
        return ir;
    }

    /**
     * Instructions computing {@code %<p>ok}: whether frame pointer {@code %<p>fp} (the
     * {@code %<p>n}-th, above {@code %<p>prev}) may be followed: fewer than the maximum frames so
     * far, higher than the previous one, 8-aligned, and its saved frame pointer and return address
     * inside the thread's stack. Written out in each walk rather than called: it runs per frame.
     */
    private static String walkable(String p) {
        return String.join("\n  ",
                "%" + p + "room = icmp ult i64 %" + p + "n, $MAX_FRAMES$",
                "%" + p + "rising = icmp ugt i64 %" + p + "fp, %" + p + "prev",
                "%" + p + "above = icmp uge i64 %" + p + "fp, %low",
                "%" + p + "top = add i64 %" + p + "fp, 16",
                "%" + p + "below = icmp ule i64 %" + p + "top, %high",
                "%" + p + "misaligned = and i64 %" + p + "fp, 7",
                "%" + p + "aligned = icmp eq i64 %" + p + "misaligned, 0",
                "%" + p + "ok1 = and i1 %" + p + "room, %" + p + "rising",
                "%" + p + "ok2 = and i1 %" + p + "above, %" + p + "below",
                "%" + p + "ok3 = and i1 %" + p + "ok1, %" + p + "ok2",
                "%" + p + "ok = and i1 %" + p + "ok3, %" + p + "aligned");
    }

    // Placeholders are $NAME$. Functions keep to the scalar IR the back-end supports; loads and
    // stores another thread reads concurrently are atomic.
    private static final String TEMPLATE = """
            target triple = "$TRIPLE$"
            target datalayout = "$DATALAYOUT$"

            @__hotlink_qsbr_registry = global [$RECORDS$ x [$RECORD_WORDS$ x i64]] zeroinitializer, align 64
            @__hotlink_qsbr_epoch = global [8 x i64] zeroinitializer, align 64
            @__hotlink_qsbr_key = global i64 0, align 8
            @__hotlink_qsbr_waiting = global i64 0, align 8
            @__hotlink_qsbr_untracked = global i64 0, align 8

            declare ptr @pthread_getspecific(i32)
            declare i32 @pthread_setspecific(i32, ptr)
            declare i64 @pthread_self()
            declare i32 @pthread_getattr_np(i64, ptr)
            declare i32 @pthread_attr_getstack(ptr, ptr, ptr)
            declare i32 @pthread_attr_destroy(ptr)
            declare ptr @llvm.frameaddress.p0(i32)

            ; The calling thread's key value: its record, the untracked sentinel 1, or null.
            define internal ptr @__hotlink_qsbr_current() {
            entry:
              %k = load atomic i64, ptr @__hotlink_qsbr_key acquire, align 8
              %nokey = icmp eq i64 %k, 0
              br i1 %nokey, label %none, label %lookup
            lookup:
              %key64 = sub i64 %k, 1
              %key = trunc i64 %key64 to i32
              %r = call ptr @pthread_getspecific(i32 %key)
              ret ptr %r
            none:
              ret ptr null
            }

            define internal void @__hotlink_qsbr_set_current(ptr %value) {
            entry:
              %k = load atomic i64, ptr @__hotlink_qsbr_key acquire, align 8
              %key64 = sub i64 %k, 1
              %key = trunc i64 %key64 to i32
              %r = call i32 @pthread_setspecific(i32 %key, ptr %value)
              ret void
            }

            ; Claims a free record for the calling thread in the given state, with its stack bounds
            ; and the current epoch as seen, and makes it the thread's key value. Returns the thread's
            ; existing record if it has one, null if there is no key or the registry is full.
            define ptr @__hotlink_qsbr_claim(i64 %state) {
            entry:
              %attr = alloca [64 x i8], align 16
              %stackaddr = alloca i64, align 8
              %stacksize = alloca i64, align 8
              %k = load atomic i64, ptr @__hotlink_qsbr_key acquire, align 8
              %nokey = icmp eq i64 %k, 0
              br i1 %nokey, label %fail, label %existing
            existing:
              %have = call ptr @__hotlink_qsbr_current()
              %havebits = ptrtoint ptr %have to i64
              %registered = icmp uge i64 %havebits, 2
              br i1 %registered, label %reuse, label %bounds
            reuse:
              ret ptr %have
            bounds:
              store i64 0, ptr %stackaddr, align 8
              store i64 0, ptr %stacksize, align 8
              %self = call i64 @pthread_self()
              %got = call i32 @pthread_getattr_np(i64 %self, ptr %attr)
              %gotok = icmp eq i32 %got, 0
              ; Without the stack's bounds the frames cannot be walked safely: no record, so the
              ; thread counts as untracked and holds back all reclamation while it runs.
              br i1 %gotok, label %readstack, label %fail
            readstack:
              %s = call i32 @pthread_attr_getstack(ptr %attr, ptr %stackaddr, ptr %stacksize)
              %d = call i32 @pthread_attr_destroy(ptr %attr)
              %stackok = icmp eq i32 %s, 0
              br i1 %stackok, label %search, label %fail
            search:
              %i = phi i64 [ 0, %readstack ], [ %inext, %taken ]
              %more = icmp ult i64 %i, $RECORDS$
              br i1 %more, label %try, label %fail
            try:
              %rec = getelementptr [$RECORD_WORDS$ x i64], ptr @__hotlink_qsbr_registry, i64 %i
              %statep = getelementptr i64, ptr %rec, i64 $STATE_WORD$
              %pair = cmpxchg ptr %statep, i64 $FREE$, i64 $OFFLINE$ seq_cst seq_cst, align 8
              %won = extractvalue { i64, i1 } %pair, 1
              br i1 %won, label %fill, label %taken
            taken:
              %inext = add i64 %i, 1
              br label %search
            fill:
              %seqp = getelementptr i64, ptr %rec, i64 $SEQ_WORD$
              %seq0 = load atomic i64, ptr %seqp monotonic, align 8
              %seq1 = add i64 %seq0, 1
              store atomic i64 %seq1, ptr %seqp monotonic, align 8
              fence release
              %low = load i64, ptr %stackaddr, align 8
              %size = load i64, ptr %stacksize, align 8
              %high = add i64 %low, %size
              %lowp = getelementptr i64, ptr %rec, i64 $STACK_LOW_WORD$
              store atomic i64 %low, ptr %lowp monotonic, align 8
              %highp = getelementptr i64, ptr %rec, i64 $STACK_HIGH_WORD$
              store atomic i64 %high, ptr %highp monotonic, align 8
              %countp = getelementptr i64, ptr %rec, i64 $COUNT_WORD$
              store atomic i64 0, ptr %countp monotonic, align 8
              %epoch = load atomic i64, ptr @__hotlink_qsbr_epoch acquire, align 8
              %seenp = getelementptr i64, ptr %rec, i64 $SEEN_WORD$
              store atomic i64 %epoch, ptr %seenp monotonic, align 8
              store atomic i64 %state, ptr %statep monotonic, align 8
              %seq2 = add i64 %seq0, 2
              store atomic i64 %seq2, ptr %seqp release, align 8
              ; The record must be visible as claimed before this thread reads any slot: the writer
              ; stores slots, fences, then reads the records (Dekker's pattern).
              fence seq_cst
              call void @__hotlink_qsbr_set_current(ptr %rec)
              ret ptr %rec
            fail:
              ret ptr null
            }

            ; Idempotent: a thread that has a record (or is counted untracked) keeps it.
            define void @hotlink_thread_register() {
            entry:
              %current = call ptr @__hotlink_qsbr_current()
              %fresh = icmp eq ptr %current, null
              br i1 %fresh, label %claim, label %done
            claim:
              %rec = call ptr @__hotlink_qsbr_claim(i64 $ONLINE$)
              %full = icmp eq ptr %rec, null
              br i1 %full, label %check, label %done
            check:
              %k = load atomic i64, ptr @__hotlink_qsbr_key acquire, align 8
              %nokey = icmp eq i64 %k, 0
              br i1 %nokey, label %done, label %untracked
            untracked:
              %old = atomicrmw add ptr @__hotlink_qsbr_untracked, i64 1 seq_cst, align 8
              call void @__hotlink_qsbr_set_current(ptr inttoptr (i64 1 to ptr))
              br label %done
            done:
              ret void
            }

            define void @hotlink_thread_unregister() {
            entry:
              %rec = call ptr @__hotlink_qsbr_current()
              %bits = ptrtoint ptr %rec to i64
              %none = icmp eq i64 %bits, 0
              br i1 %none, label %done, label %which
            which:
              %sentinel = icmp eq i64 %bits, 1
              br i1 %sentinel, label %untracked, label %release
            untracked:
              %old = atomicrmw sub ptr @__hotlink_qsbr_untracked, i64 1 seq_cst, align 8
              br label %clear
            release:
              %statep = getelementptr i64, ptr %rec, i64 $STATE_WORD$
              store atomic i64 $FREE$, ptr %statep release, align 8
              br label %clear
            clear:
              call void @__hotlink_qsbr_set_current(ptr null)
              br label %done
            done:
              ret void
            }

            define void @hotlink_quiescent() {
            entry:
              %k = load atomic i64, ptr @__hotlink_qsbr_key acquire, align 8
              %nokey = icmp eq i64 %k, 0
              br i1 %nokey, label %done, label %lookup
            lookup:
              %key64 = sub i64 %k, 1
              %key = trunc i64 %key64 to i32
              %rec = call ptr @pthread_getspecific(i32 %key)
              %bits = ptrtoint ptr %rec to i64
              %untracked = icmp ult i64 %bits, 2
              br i1 %untracked, label %done, label %check
            check:
              ; Fast path: the epoch is the one already recorded and nothing waits for a grace period.
              %epoch = load atomic i64, ptr @__hotlink_qsbr_epoch acquire, align 8
              %seenp = getelementptr i64, ptr %rec, i64 $SEEN_WORD$
              %seen = load atomic i64, ptr %seenp monotonic, align 8
              %same = icmp eq i64 %epoch, %seen
              %waiting = load atomic i64, ptr @__hotlink_qsbr_waiting monotonic, align 8
              %idle = icmp eq i64 %waiting, 0
              %skip = and i1 %same, %idle
              br i1 %skip, label %done, label %record
            record:
              call void @__hotlink_qsbr_record(ptr %rec)
              br label %done
            done:
              ret void
            }

            ; Brings the record up to date with hotlink_quiescent's caller chain and the epoch. When
            ; neither changed since the last call (the common case: a loop between retirements) it
            ; only reads, so the cache line stays shared and the reclaimer's copy stays consistent;
            ; otherwise it rewrites the record under the sequence counter.
            define internal void @__hotlink_qsbr_record(ptr %rec) {
            entry:
              %selfp = call ptr @llvm.frameaddress.p0(i32 0)
              %self = ptrtoint ptr %selfp to i64
              ; hotlink_quiescent's frame: its return address is the first one recorded.
              %first = load i64, ptr %selfp, align 8
              %lowp = getelementptr i64, ptr %rec, i64 $STACK_LOW_WORD$
              %low = load i64, ptr %lowp, align 8
              %highp = getelementptr i64, ptr %rec, i64 $STACK_HIGH_WORD$
              %high = load i64, ptr %highp, align 8
              %epoch = load atomic i64, ptr @__hotlink_qsbr_epoch acquire, align 8
              %seenp = getelementptr i64, ptr %rec, i64 $SEEN_WORD$
              %seen = load atomic i64, ptr %seenp monotonic, align 8
              %countp = getelementptr i64, ptr %rec, i64 $COUNT_WORD$
              %count = load atomic i64, ptr %countp monotonic, align 8
              %sameepoch = icmp eq i64 %epoch, %seen
              br i1 %sameepoch, label %compare, label %write
            compare:
              %cn = phi i64 [ 0, %entry ], [ %cn1, %ccheck ]
              %cfp = phi i64 [ %first, %entry ], [ %cnext, %ccheck ]
              %cprev = phi i64 [ %self, %entry ], [ %cfp, %ccheck ]
              $WALKABLE_c$
              br i1 %cok, label %ccheck, label %cend
            ccheck:
              %crapos = add i64 %cfp, 8
              %crap = inttoptr i64 %crapos to ptr
              %cra = load i64, ptr %crap, align 8
              %cslotword = add i64 %cn, $FIRST_RA_WORD$
              %cslot = getelementptr i64, ptr %rec, i64 %cslotword
              %cold = load atomic i64, ptr %cslot monotonic, align 8
              %cfpp = inttoptr i64 %cfp to ptr
              %cnext = load i64, ptr %cfpp, align 8
              %cn1 = add i64 %cn, 1
              %csame = icmp eq i64 %cra, %cold
              br i1 %csame, label %compare, label %write
            cend:
              %samecount = icmp eq i64 %cn, %count
              br i1 %samecount, label %done, label %write
            write:
              %seqp = getelementptr i64, ptr %rec, i64 $SEQ_WORD$
              %seq0 = load atomic i64, ptr %seqp monotonic, align 8
              %seq1 = add i64 %seq0, 1
              store atomic i64 %seq1, ptr %seqp monotonic, align 8
              fence release
              br label %walk
            walk:
              %n = phi i64 [ 0, %write ], [ %n1, %step ]
              %fp = phi i64 [ %first, %write ], [ %next, %step ]
              %prev = phi i64 [ %self, %write ], [ %fp, %step ]
              $WALKABLE_$
              br i1 %ok, label %step, label %finish
            step:
              %rapos = add i64 %fp, 8
              %rap = inttoptr i64 %rapos to ptr
              %ra = load i64, ptr %rap, align 8
              %slotword = add i64 %n, $FIRST_RA_WORD$
              %slot = getelementptr i64, ptr %rec, i64 %slotword
              store atomic i64 %ra, ptr %slot monotonic, align 8
              %fpp = inttoptr i64 %fp to ptr
              %next = load i64, ptr %fpp, align 8
              %n1 = add i64 %n, 1
              br label %walk
            finish:
              store atomic i64 %n, ptr %countp monotonic, align 8
              store atomic i64 %epoch, ptr %seenp monotonic, align 8
              %seq2 = add i64 %seq0, 2
              store atomic i64 %seq2, ptr %seqp release, align 8
              br label %done
            done:
              ret void
            }

            ; pthread start routine of Engine.spawn: context {ptr function, i64 argument, i64 result,
            ; i32 finished}; the function is called as i64 (i64).
            define ptr @__hotlink_spawn_entry(ptr %ctx) {
            entry:
              call void @hotlink_thread_register()
              %fn = load ptr, ptr %ctx, align 8
              %argp = getelementptr i8, ptr %ctx, i64 $CTX_ARGUMENT$
              %arg = load i64, ptr %argp, align 8
              %result = call i64 %fn(i64 %arg)
              %resultp = getelementptr i8, ptr %ctx, i64 $CTX_RESULT$
              store i64 %result, ptr %resultp, align 8
              call void @hotlink_thread_unregister()
              %finishedp = getelementptr i8, ptr %ctx, i64 $CTX_FINISHED$
              store atomic i32 1, ptr %finishedp release, align 4
              ret ptr null
            }
            """;
}
