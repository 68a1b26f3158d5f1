package org.hotlink.memory.dualmap;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import org.hotlink.diagnostic.MemoryException;

/**
 * Makes freshly written code visible to instruction fetch. {@code __clear_cache} from libgcc does
 * what the architecture needs (nothing on x86-64, whose instruction caches are coherent; data-cache
 * clean plus instruction-cache invalidate on AArch64). The library is loaded by its exact file
 * name because the short name {@code gcc_s} does not resolve on every JRE.
 */
final class InstructionCache {
    private static volatile Function clearCache;

    private InstructionCache() {
    }

    /** Makes the code in [start, end), written through any view, visible to instruction fetch. */
    static void flush(long start, long end) throws MemoryException {
        clearCache().invokeVoid(new Object[] {new Pointer(start), new Pointer(end)});
    }

    private static Function clearCache() throws MemoryException {
        Function function = clearCache;
        if (function == null) {
            try {
                function = NativeLibrary.getInstance("libgcc_s.so.1").getFunction("__clear_cache");
            } catch (UnsatisfiedLinkError e) {
                throw new MemoryException("cannot find __clear_cache in libgcc_s.so.1: " + e.getMessage(), null, e);
            }
            clearCache = function;
        }
        return function;
    }
}
