package org.hotlink.engine.impl;

import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.hotlink.linker.CodeRange;

/**
 * Installs one engine's compiled fault handler ({@link FaultHandlerModule}) for programs run inside
 * the JVM's process, and keeps the handler's table of compiled functions current. The previous
 * actions (the JVM's) are stored where the handler reads them before the handler can run, so a
 * fault that is not the program's always finds them; {@link #uninstall} puts them back before the
 * engine unmaps the handler's code.
 *
 * <p>Thread-safe (all methods synchronized). Known limit: when two engines install handlers and
 * the first one closes first, the second one's chain still leads into the first's unmapped code.
 */
final class FaultHandlers {
    private static final int SA_SIGINFO = 0x4;
    private static final int SA_ONSTACK = 0x08000000;
    private static final int SA_RESTART = 0x10000000;

    private final NativeLibrary libc = NativeLibrary.getInstance("c");
    /**
     * How many published tables are kept. A handler reads the table only on its
     * way to ending the process and finishes within microseconds, so it is still reading an older
     * table only if that many redefinitions happen meanwhile; older ones are left to the collector.
     */
    private static final int TABLES_KEPT = 4;

    /** The latest tables, newest last, each with the name strings it points to. */
    private final Deque<Memory> published = new ArrayDeque<>();
    /**
     * The native copy of each function name any table has held, shared by later tables: a table is
     * republished after every change (with lazy compilation, after every function compiled), and
     * allocating every name again each time made that quadratic. Names are few distinct strings
     * (a redefinition keeps its names), so they are kept until the handler is uninstalled.
     */
    private final java.util.Map<String, Memory> names = new java.util.HashMap<>();
    private long handler;
    private long oldActions;
    private long tableSlot;
    private boolean installed;

    synchronized boolean isInstalled() {
        return installed;
    }

    /**
     * Installs the handler for the signals of {@link FaultHandlerModule#SIGNALS}, once.
     *
     * @param symbols the addresses of the fault handler module's symbols
     */
    synchronized void install(ToLongFunction<String> symbols, long arenaStart, long arenaEnd,
                              List<CodeRange> functions) {
        if (installed) {
            publishFunctions(functions);
            return;
        }
        handler = symbols.applyAsLong(FaultHandlerModule.HANDLER);
        oldActions = symbols.applyAsLong(FaultHandlerModule.OLD_ACTIONS);
        tableSlot = symbols.applyAsLong(FaultHandlerModule.FUNCTION_TABLE);
        new Pointer(symbols.applyAsLong(FaultHandlerModule.ARENA_START)).setLong(0, arenaStart);
        new Pointer(symbols.applyAsLong(FaultHandlerModule.ARENA_END)).setLong(0, arenaEnd);
        publishFunctions(functions);
        for (int i = 0; i < FaultHandlerModule.SIGNALS.length; i++) {
            Memory action = new Memory(FaultHandlerModule.SIGACTION_SIZE);
            action.clear();
            action.setLong(0, handler);
            action.setInt(FaultHandlerModule.SIGACTION_FLAGS, SA_SIGINFO | SA_ONSTACK | SA_RESTART);
            Pointer old = oldAction(i);
            // Read the old action first, then install: the handler never sees an empty slot.
            int read = sigaction(FaultHandlerModule.SIGNALS[i], Pointer.NULL, old);
            int set = sigaction(FaultHandlerModule.SIGNALS[i], action, Pointer.NULL);
            if (read != 0 || set != 0) {
                throw new IllegalStateException("sigaction(" + FaultHandlerModule.SIGNALS[i] + ") failed");
            }
        }
        installed = true;
    }

    /**
     * Publishes a new table of the compiled functions the handler names in its report, with one
     * pointer store; does nothing (and does not ask for the functions) before {@link #install}.
     */
    synchronized void updateFunctions(Supplier<List<CodeRange>> functions) {
        if (installed) {
            publishFunctions(functions.get());
        }
    }

    /**
     * Puts back, for each signal whose action is still this engine's handler, the action that was
     * there before; called before the engine's code is unmapped.
     */
    synchronized void uninstall() {
        if (!installed) {
            return;
        }
        for (int i = 0; i < FaultHandlerModule.SIGNALS.length; i++) {
            Memory current = new Memory(FaultHandlerModule.SIGACTION_SIZE);
            if (sigaction(FaultHandlerModule.SIGNALS[i], Pointer.NULL, current) == 0
                    && current.getLong(0) == handler) {
                Memory saved = new Memory(FaultHandlerModule.SIGACTION_SIZE);
                saved.write(0, oldAction(i).getByteArray(0, FaultHandlerModule.SIGACTION_SIZE), 0,
                        FaultHandlerModule.SIGACTION_SIZE);
                sigaction(FaultHandlerModule.SIGNALS[i], saved, Pointer.NULL);
            }
        }
        installed = false;
        published.clear();
        names.clear();
    }

    /** Writes the whole table (count, then start, end and name pointer per function) in one native copy. */
    private void publishFunctions(List<CodeRange> functions) {
        long[] entries = new long[1 + 3 * functions.size()];
        entries[0] = functions.size();
        for (int i = 0; i < functions.size(); i++) {
            CodeRange body = functions.get(i);
            entries[1 + 3 * i] = body.start();
            entries[2 + 3 * i] = body.start() + body.size();
            entries[3 + 3 * i] = Pointer.nativeValue(names.computeIfAbsent(body.name(), FaultHandlers::nativeString));
        }
        Memory table = new Memory((long) entries.length * Long.BYTES);
        table.write(0, entries, 0, entries.length);
        new Pointer(tableSlot).setPointer(0, table);
        published.addLast(table);
        while (published.size() > TABLES_KEPT) {
            published.removeFirst();
        }
    }

    private static Memory nativeString(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        Memory text = new Memory(bytes.length + 1L);
        text.write(0, bytes, 0, bytes.length);
        text.setByte(bytes.length, (byte) 0);
        return text;
    }

    private Pointer oldAction(int index) {
        return new Pointer(oldActions + (long) index * FaultHandlerModule.SIGACTION_SIZE);
    }

    private int sigaction(int signal, Pointer action, Pointer old) {
        return libc.getFunction("sigaction").invokeInt(new Object[] {signal, action, old});
    }
}
