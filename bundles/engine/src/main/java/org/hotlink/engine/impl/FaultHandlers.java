package org.hotlink.engine.impl;

import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * Installs the compiled fault handler of {@link FaultHandlerModule} for a program run inside the
 * JVM's process. The previous actions (the JVM's) are stored where the handler reads them, before
 * the handler can run, so a fault that is not the program's always finds them.
 */
final class FaultHandlers {
    private static final int SA_SIGINFO = 0x4;
    private static final int SA_ONSTACK = 0x08000000;
    private static final int SA_RESTART = 0x10000000;

    private FaultHandlers() {
    }

    /** Native copies of the function table; held so the handler's table stays valid until the process ends. */
    private static final java.util.List<Memory> FUNCTION_TABLES = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Fills the table of compiled functions the handler names in its report: {start, end, name}
     * entries in native memory, referenced from the handler module's globals.
     */
    static void publishFunctions(java.util.List<org.hotlink.linker.CodeRange> bodies, long tableSlot,
                                 long countSlot) {
        Memory table = new Memory(Math.max(1, bodies.size()) * 24L);
        for (int i = 0; i < bodies.size(); i++) {
            org.hotlink.linker.CodeRange body = bodies.get(i);
            byte[] name = body.name().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Memory text = new Memory(name.length + 1L);
            text.write(0, name, 0, name.length);
            text.setByte(name.length, (byte) 0);
            FUNCTION_TABLES.add(text);
            table.setLong(i * 24L, body.start());
            table.setLong(i * 24L + 8, body.start() + body.size());
            table.setPointer(i * 24L + 16, text);
        }
        FUNCTION_TABLES.add(table);
        new Pointer(countSlot).setLong(0, 0);
        new Pointer(tableSlot).setPointer(0, table);
        new Pointer(countSlot).setLong(0, bodies.size());
    }

    static void install(long handler, long oldActions, long arenaStartSlot, long arenaEndSlot, long arenaStart,
                        long arenaEnd) {
        new Pointer(arenaStartSlot).setLong(0, arenaStart);
        new Pointer(arenaEndSlot).setLong(0, arenaEnd);
        NativeLibrary libc = NativeLibrary.getInstance("c");
        for (int i = 0; i < FaultHandlerModule.SIGNALS.length; i++) {
            Memory action = new Memory(FaultHandlerModule.SIGACTION_SIZE);
            action.clear();
            action.setLong(0, handler);
            action.setInt(FaultHandlerModule.SIGACTION_FLAGS, SA_SIGINFO | SA_ONSTACK | SA_RESTART);
            Pointer old = new Pointer(oldActions + (long) i * FaultHandlerModule.SIGACTION_SIZE);
            // Read the old action first, then install: the handler never sees an empty slot.
            int read = libc.getFunction("sigaction").invokeInt(
                    new Object[] {FaultHandlerModule.SIGNALS[i], Pointer.NULL, old});
            int set = libc.getFunction("sigaction").invokeInt(
                    new Object[] {FaultHandlerModule.SIGNALS[i], action, Pointer.NULL});
            if (read != 0 || set != 0) {
                throw new IllegalStateException("sigaction(" + FaultHandlerModule.SIGNALS[i] + ") failed");
            }
        }
    }
}
