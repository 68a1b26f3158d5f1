package org.hotlink.engine.impl;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The native block {@link ProgramStartModule} reads: argc, argv, envp, the constructor and
 * destructor tables, the redirection paths of a forked run and the stack size. Java owns every
 * byte of it and keeps it reachable for as long as the program may run.
 */
final class ProgramContext {
    static final int ARGC = 0;
    static final int ARGV = 8;
    static final int ENVP = 16;
    static final int CONSTRUCTOR_COUNT = 24;
    static final int CONSTRUCTORS = 32;
    static final int DESTRUCTOR_COUNT = 40;
    static final int DESTRUCTORS = 48;
    static final int STDOUT_PATH = 56;
    static final int STDERR_PATH = 64;
    static final int STACK_SIZE = 72;
    private static final int SIZE = 80;

    private final Memory block = new Memory(SIZE);
    /** Strings and tables the block points to; held so the GC cannot free them while the program runs. */
    private final List<Memory> keepAlive = new ArrayList<>();

    ProgramContext(List<String> argv, List<String> envp, List<Long> constructors, List<Long> destructors,
                   long stackSize) {
        block.clear();
        block.setInt(ARGC, argv.size());
        block.setPointer(ARGV, stringArray(argv));
        // Without an explicit list the program sees the process environment itself, as natively
        // envp == environ (same order, same pointers).
        block.setPointer(ENVP, envp == null
                ? environSlot().getPointer(0)
                : stringArray(envp));
        block.setLong(CONSTRUCTOR_COUNT, constructors.size());
        block.setPointer(CONSTRUCTORS, addressArray(constructors));
        block.setLong(DESTRUCTOR_COUNT, destructors.size());
        block.setPointer(DESTRUCTORS, addressArray(destructors));
        block.setLong(STACK_SIZE, stackSize);
    }

    void setRedirection(String stdoutPath, String stderrPath) {
        block.setPointer(STDOUT_PATH, cString(stdoutPath));
        block.setPointer(STDERR_PATH, cString(stderrPath));
    }

    Pointer pointer() {
        return block;
    }

    /**
     * Makes the C library's {@code environ} the program's envp, so that getenv and envp agree as
     * they do natively; only for a program that owns the process.
     */
    void installAsProcessEnvironment() {
        Pointer envp = block.getPointer(ENVP);
        environSlot().setPointer(0, envp);
    }

    /** The C library's {@code char **environ} variable. */
    private static Pointer environSlot() {
        return com.sun.jna.NativeLibrary.getInstance("c").getGlobalVariableAddress("environ");
    }

    /** A NULL-terminated array of C strings, as argv and envp are. */
    private Pointer stringArray(List<String> strings) {
        Memory array = new Memory((long) (strings.size() + 1) * Native.POINTER_SIZE);
        for (int i = 0; i < strings.size(); i++) {
            array.setPointer((long) i * Native.POINTER_SIZE, cString(strings.get(i)));
        }
        array.setPointer((long) strings.size() * Native.POINTER_SIZE, Pointer.NULL);
        keepAlive.add(array);
        return array;
    }

    private Pointer addressArray(List<Long> addresses) {
        Memory array = new Memory(Math.max(1, addresses.size()) * 8L);
        for (int i = 0; i < addresses.size(); i++) {
            array.setLong(i * 8L, addresses.get(i));
        }
        keepAlive.add(array);
        return array;
    }

    private Pointer cString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Memory memory = new Memory(bytes.length + 1L);
        memory.write(0, bytes, 0, bytes.length);
        memory.setByte(bytes.length, (byte) 0);
        keepAlive.add(memory);
        return memory;
    }
}
