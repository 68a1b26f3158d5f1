package org.hotlink.engine.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.engine.impl.reclaim.QuiescentReclaimer;
import org.hotlink.linker.RetiredMemory;

/**
 * The engine's side of reclamation: the {@link QuiescentReclaimer}, started once the reclamation
 * runtime module is linked (on first need, so engines that never redefine, spawn or invoke do not
 * compile it), and the memory retired before that, handed over when it starts.
 *
 * <p>Thread-safety: {@link #start}, {@link #retire} and {@link #close} run under the engine's lock;
 * {@link #reclaimer()} and the byte counts may be read from any thread.
 */
final class ReclamationService {
    private final ReclamationPolicy policy;
    private volatile QuiescentReclaimer reclaimer;
    /** Retired before the reclaimer started; guarded by the engine's lock. */
    private final List<RetiredMemory> early = new ArrayList<>();
    private volatile long earlyBytes;

    ReclamationService(ReclamationPolicy policy) {
        this.policy = policy;
    }

    /** The running reclaimer, or null before {@link #start}. */
    QuiescentReclaimer reclaimer() {
        return reclaimer;
    }

    /**
     * Starts the reclaimer once the runtime module's symbols are linked.
     *
     * @param runtimeSymbolAddress the address of a symbol of the reclamation runtime module
     */
    void start(ToLongFunction<String> runtimeSymbolAddress) {
        if (reclaimer != null) {
            return;
        }
        QuiescentReclaimer started = new QuiescentReclaimer(policy, runtimeSymbolAddress);
        if (!early.isEmpty()) {
            started.retire(List.copyOf(early));
            early.clear();
            earlyBytes = 0;
        }
        reclaimer = started;
    }

    /** Hands memory to the reclaimer, or holds it until the reclaimer starts. Never blocks. */
    void retire(List<RetiredMemory> retired) {
        QuiescentReclaimer running = reclaimer;
        if (running != null) {
            running.retire(retired);
            return;
        }
        early.addAll(retired);
        earlyBytes += retired.stream().mapToLong(RetiredMemory::bytes).sum();
    }

    /** Bytes retired and not freed yet, waiting for a grace period. */
    long waitingBytes() {
        QuiescentReclaimer running = reclaimer;
        return running == null ? earlyBytes : running.retiredBytes();
    }

    /** Bytes the reclaimer has released back to the arena. */
    long freedBytes() {
        QuiescentReclaimer running = reclaimer;
        return running == null ? 0 : running.freedBytes();
    }

    /** Stops the reclaimer's thread; memory still waiting is freed with the arena by the caller. */
    void close() {
        QuiescentReclaimer running = reclaimer;
        if (running != null) {
            running.close();
        }
        early.clear();
    }
}
