package org.hotlink.engine.impl.reclaim;

import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.COUNT_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.FIRST_RETURN_ADDRESS_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.FREE;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.MAX_FRAMES;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.OFFLINE;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.ONLINE;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.RECORDS;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.RECORD_BYTES;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.SEEN_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.SEQ_WORD;
import static org.hotlink.engine.impl.reclaim.ReaderRecordLayout.STATE_WORD;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The Java view of the reader registry and epoch that {@link ReclamationRuntimeModule} defines in
 * compiled memory: creating the pthread key that maps threads to records, advancing the epoch,
 * reading consistent snapshots of online records, and the state changes of records owned by Java
 * threads.
 *
 * <p>The memory is accessed through direct byte buffers over the runtime's globals and a
 * {@link VarHandle} view with atomic access modes, so reading a record costs loads, not native
 * calls: a thread that passes quiescent points in a tight loop rewrites its record every ~100 ns,
 * and a slower copy would rarely see the sequence counter unchanged.
 *
 * <p>Thread-safe: every method either runs a compiled function that is atomic on its own, reads
 * records under their sequence counters, or writes a record that only the calling thread owns.
 * Must not be used after the engine's arena is closed (the memory is gone).
 */
final class ReaderRegistry implements AutoCloseable {
    /** Attempts at a consistent copy of a record before it counts as unreadable (and blocking). */
    private static final int SNAPSHOT_ATTEMPTS = 10_000;
    /** 64-bit words of a direct buffer in native order, with atomic access modes (aligned addresses). */
    private static final VarHandle WORDS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final NativeLibrary libc = NativeLibrary.getInstance("c");
    private final ByteBuffer registry;
    private final ByteBuffer epoch;
    private final ByteBuffer untracked;
    private final ByteBuffer waiting;
    private final long registryAddress;
    private final Function claim;
    private final int key;

    /**
     * Creates the pthread key and publishes it to the runtime, after which threads can register.
     *
     * @param runtimeSymbolAddress the address of a symbol of the loaded runtime module
     */
    ReaderRegistry(ToLongFunction<String> runtimeSymbolAddress) {
        this.registryAddress = runtimeSymbolAddress.applyAsLong(ReclamationRuntimeModule.REGISTRY);
        this.registry = buffer(registryAddress, (long) RECORDS * RECORD_BYTES);
        this.epoch = buffer(runtimeSymbolAddress.applyAsLong(ReclamationRuntimeModule.EPOCH), 8);
        this.untracked = buffer(runtimeSymbolAddress.applyAsLong(ReclamationRuntimeModule.UNTRACKED), 8);
        this.waiting = buffer(runtimeSymbolAddress.applyAsLong(ReclamationRuntimeModule.WAITING), 8);
        this.claim = Function.getFunction(new Pointer(runtimeSymbolAddress.applyAsLong(ReclamationRuntimeModule.CLAIM)));
        Memory keyOut = new Memory(4);
        int status = libc.getFunction("pthread_key_create").invokeInt(new Object[] {keyOut, Pointer.NULL});
        if (status != 0) {
            throw new IllegalStateException("pthread_key_create failed with error " + status);
        }
        this.key = keyOut.getInt(0);
        // The runtime reads key + 1 so that 0 can mean "no key yet".
        WORDS.setVolatile(buffer(runtimeSymbolAddress.applyAsLong(ReclamationRuntimeModule.KEY), 8), 0,
                Integer.toUnsignedLong(key) + 1);
    }

    private static ByteBuffer buffer(long address, long bytes) {
        return new Pointer(address).getByteBuffer(0, bytes).order(ByteOrder.nativeOrder());
    }

    /** Adds one to the global epoch, sequentially consistent (a locked add), and returns the new value. */
    long advanceEpoch() {
        return (long) WORDS.getAndAdd(epoch, 0, 1L) + 1;
    }

    /**
     * Adds to the count of entries waiting for a grace period, which readers check to know whether
     * their frames must be recorded at each quiescent point. Raise it before advancing the epoch for
     * an entry, lower it after releasing one.
     */
    void addWaiting(long entries) {
        WORDS.getAndAdd(waiting, 0, entries);
    }

    long currentEpoch() {
        return (long) WORDS.getAcquire(epoch, 0);
    }

    /** Native threads running without a record because the registry was full. */
    long untrackedThreads() {
        return (long) WORDS.getVolatile(untracked, 0);
    }

    /**
     * Claims a record for the calling thread, offline, and makes it the thread's key value so that
     * compiled code it calls finds it. Returns the record's index, or -1 when the registry is full.
     */
    int claimForCurrentThread() {
        long record = Pointer.nativeValue(claim.invokePointer(new Object[] {OFFLINE}));
        return record == 0 ? -1 : (int) ((record - registryAddress) / RECORD_BYTES);
    }

    /**
     * Marks a record of the calling thread online: it has seen the current epoch and holds no
     * frames of compiled code (a Java thread entering compiled code from outside). Ends with a full
     * fence so that the thread reads no slot before a retiring thread could see it online.
     */
    void markOnline(int record) {
        int base = record * RECORD_BYTES;
        long seq = (long) WORDS.get(registry, base + SEQ_WORD * 8);
        WORDS.setOpaque(registry, base + SEQ_WORD * 8, seq + 1);
        VarHandle.releaseFence();
        WORDS.setOpaque(registry, base + COUNT_WORD * 8, 0L);
        WORDS.setOpaque(registry, base + SEEN_WORD * 8, currentEpoch());
        WORDS.setOpaque(registry, base + STATE_WORD * 8, ONLINE);
        WORDS.setRelease(registry, base + SEQ_WORD * 8, seq + 2);
        VarHandle.fullFence();
    }

    /** Marks a record of the calling thread offline; its compiled frames are all gone. */
    void markOffline(int record) {
        int base = record * RECORD_BYTES;
        long seq = (long) WORDS.get(registry, base + SEQ_WORD * 8);
        VarHandle.fullFence();
        WORDS.setOpaque(registry, base + SEQ_WORD * 8, seq + 1);
        VarHandle.releaseFence();
        WORDS.setOpaque(registry, base + STATE_WORD * 8, OFFLINE);
        WORDS.setOpaque(registry, base + COUNT_WORD * 8, 0L);
        WORDS.setRelease(registry, base + SEQ_WORD * 8, seq + 2);
    }

    /**
     * Frees a record whose thread has ended (its key value died with it). The record must be
     * offline, so no reader waits on it and no other thread writes it.
     */
    void free(int record) {
        WORDS.setRelease(registry, record * RECORD_BYTES + STATE_WORD * 8, FREE);
    }

    /**
     * Consistent snapshots of every online record. Free and offline records are left out: they
     * run no compiled code now, and a thread that comes online after a retirement reads the epoch
     * that retirement produced (the writer's fence after its increment pairs with the reader's
     * fence after coming online).
     */
    List<ReaderSnapshot> onlineReaders() {
        List<ReaderSnapshot> online = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            int base = i * RECORD_BYTES;
            if ((long) WORDS.getAcquire(registry, base + STATE_WORD * 8) == FREE) {
                continue;
            }
            ReaderSnapshot snapshot = snapshot(base);
            if (snapshot != null) {
                online.add(snapshot);
            }
        }
        return online;
    }

    /** The record at {@code base} read under its sequence counter; null when it is not online. */
    private ReaderSnapshot snapshot(int base) {
        long[] returns = new long[MAX_FRAMES];
        for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
            long before = (long) WORDS.getAcquire(registry, base + SEQ_WORD * 8);
            if ((before & 1) != 0) {
                Thread.onSpinWait();
                continue;
            }
            long state = (long) WORDS.getAcquire(registry, base + STATE_WORD * 8);
            long seen = (long) WORDS.getAcquire(registry, base + SEEN_WORD * 8);
            // A torn copy can hold any count; the sequence check below rejects it, this keeps it in bounds.
            int count = (int) Math.max(0, Math.min(MAX_FRAMES, (long) WORDS.getAcquire(registry, base + COUNT_WORD * 8)));
            for (int i = 0; i < count; i++) {
                returns[i] = (long) WORDS.getAcquire(registry, base + (FIRST_RETURN_ADDRESS_WORD + i) * 8);
            }
            if ((long) WORDS.getAcquire(registry, base + SEQ_WORD * 8) != before) {
                Thread.onSpinWait();
                continue;
            }
            return state == ONLINE ? new ReaderSnapshot(seen, Arrays.copyOf(returns, count)) : null;
        }
        return ReaderSnapshot.UNREADABLE;
    }

    /**
     * Deletes the pthread key. Threads that still hold a value for it are unaffected (there is no
     * destructor); the runtime's memory is not touched, as the arena may be gone already.
     */
    @Override
    public void close() {
        libc.getFunction("pthread_key_delete").invokeInt(new Object[] {key});
    }
}
