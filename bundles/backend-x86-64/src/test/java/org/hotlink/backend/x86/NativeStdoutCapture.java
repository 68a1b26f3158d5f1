package org.hotlink.backend.x86;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.jna.Function;
import com.sun.jna.Pointer;

/**
 * Redirects the process's native stdout (file descriptor 1) into a file while compiled code runs,
 * so a test can compare what a C program printed. C stdio buffers are flushed on both sides.
 */
final class NativeStdoutCapture {
    private static final int O_WRONLY = 1;
    private static final int O_CREAT = 0100;
    private static final int O_TRUNC = 01000;

    private NativeStdoutCapture() {
    }

    interface Body {
        int run() throws Exception;
    }

    record Result(String stdout, int value) {
    }

    static synchronized Result capture(Path file, Body body) throws Exception {
        Function fflush = Function.getFunction("c", "fflush");
        Function dup = Function.getFunction("c", "dup");
        Function dup2 = Function.getFunction("c", "dup2");
        Function open = Function.getFunction("c", "open");
        Function close = Function.getFunction("c", "close");
        fflush.invokeInt(new Object[]{Pointer.NULL});
        System.out.flush();
        int saved = dup.invokeInt(new Object[]{1});
        int fd = open.invokeInt(new Object[]{file.toString(), O_WRONLY | O_CREAT | O_TRUNC, 0644});
        if (saved < 0 || fd < 0) {
            throw new IOException("cannot redirect native stdout to " + file);
        }
        dup2.invokeInt(new Object[]{fd, 1});
        close.invokeInt(new Object[]{fd});
        int value;
        try {
            value = body.run();
        } finally {
            fflush.invokeInt(new Object[]{Pointer.NULL});
            dup2.invokeInt(new Object[]{saved, 1});
            close.invokeInt(new Object[]{saved});
        }
        return new Result(Files.readString(file, StandardCharsets.UTF_8), value);
    }
}
