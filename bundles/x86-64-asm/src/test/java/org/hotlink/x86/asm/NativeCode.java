package org.hotlink.x86.asm;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Test helper: maps assembled code into an executable page through libc (write while read-write, then
 * read-execute, never both) and calls it through JNA. Closing unmaps it.
 */
final class NativeCode implements AutoCloseable {
    /** The libc calls used; loaded once. */
    interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        Pointer mmap(Pointer address, long length, int protection, int flags, int fd, long offset);

        int mprotect(Pointer address, long length, int protection);

        int munmap(Pointer address, long length);
    }

    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE = 2;
    private static final int MAP_ANONYMOUS = 0x20;
    private static final long MAP_FAILED = -1;

    private final Pointer page;
    private final long length;

    NativeCode(byte[] code) {
        length = (code.length + 4095L) & ~4095L;
        page = LibC.INSTANCE.mmap(null, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (page == null || Pointer.nativeValue(page) == MAP_FAILED) {
            throw new IllegalStateException("mmap failed");
        }
        page.write(0, code, 0, code.length);
        if (LibC.INSTANCE.mprotect(page, length, PROT_READ | PROT_EXEC) != 0) {
            throw new IllegalStateException("mprotect to read-execute failed");
        }
    }

    /** Assembles with {@code body}, finishes the buffer and maps the code. */
    static NativeCode assemble(java.util.function.Consumer<X86Assembler> body) {
        X86Assembler a = new X86Assembler();
        body.accept(a);
        return new NativeCode(a.buffer().finish());
    }

    long callLong(Object... args) {
        return Function.getFunction(page).invokeLong(args);
    }

    double callDouble(Object... args) {
        return Function.getFunction(page).invokeDouble(args);
    }

    @Override
    public void close() {
        LibC.INSTANCE.munmap(page, length);
    }
}
