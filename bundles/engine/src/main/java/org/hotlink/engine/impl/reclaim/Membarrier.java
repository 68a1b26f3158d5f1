package org.hotlink.engine.impl.reclaim;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.lang.System.Logger.Level;

/**
 * Linux {@code membarrier(2)}: makes every thread of the process execute a core-serializing
 * instruction before code memory is given back, so no core keeps stale instructions of memory that
 * is about to be reused. Prefers {@code MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE}, falls back to
 * {@code MEMBARRIER_CMD_PRIVATE_EXPEDITED}; with neither (old kernels, seccomp filters) it notes so
 * once and does nothing, which x86-64 tolerates: cross-modifying code there needs no serialization
 * beyond the grace period, because the memory is never executed again before it is rewritten.
 *
 * <p>Registration is per process in the kernel; registering again is harmless, so each instance
 * registers on its first use. Not thread-safe: confined to the reclaimer's thread.
 */
final class Membarrier {
    /** {@code SYS_membarrier} on x86-64. */
    private static final long SYS_MEMBARRIER = 324;
    private static final int CMD_QUERY = 0;
    private static final int CMD_PRIVATE_EXPEDITED = 1 << 3;
    private static final int CMD_REGISTER_PRIVATE_EXPEDITED = 1 << 4;
    private static final int CMD_PRIVATE_EXPEDITED_SYNC_CORE = 1 << 5;
    private static final int CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE = 1 << 6;
    private static final int NONE = 0;

    private static final System.Logger LOG = System.getLogger(Membarrier.class.getName());

    private final Function syscall = NativeLibrary.getInstance("c").getFunction("syscall");
    /** The command issued, {@link #NONE} when the kernel offers none; null until the first use. */
    private Integer command;

    /**
     * Serializes the instruction stream of every thread of the process, if the kernel can; whether
     * a barrier was issued and succeeded.
     */
    boolean synchronizeCores() {
        if (command == null) {
            command = register();
        }
        return command != NONE && call(command) == 0;
    }

    /** The command this kernel supports, registered for the process. */
    String commandName() {
        if (command == null) {
            command = register();
        }
        return switch (command) {
            case CMD_PRIVATE_EXPEDITED_SYNC_CORE -> "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE";
            case CMD_PRIVATE_EXPEDITED -> "MEMBARRIER_CMD_PRIVATE_EXPEDITED";
            default -> "none";
        };
    }

    private int register() {
        long supported = call(CMD_QUERY);
        if (supported > 0 && (supported & CMD_PRIVATE_EXPEDITED_SYNC_CORE) != 0
                && call(CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE) == 0) {
            return CMD_PRIVATE_EXPEDITED_SYNC_CORE;
        }
        if (supported > 0 && (supported & CMD_PRIVATE_EXPEDITED) != 0
                && call(CMD_REGISTER_PRIVATE_EXPEDITED) == 0) {
            return CMD_PRIVATE_EXPEDITED;
        }
        LOG.log(Level.DEBUG, "membarrier private expedited commands unavailable (query returned {0});"
                + " releasing code without a core-serializing barrier", supported);
        return NONE;
    }

    private long call(int cmd) {
        return syscall.invokeLong(new Object[] {SYS_MEMBARRIER, cmd, 0, 0});
    }
}
