package org.hotlink.codegen;

import java.util.concurrent.Executor;
import org.hotlink.diagnostic.TargetMismatchException;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Module;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A code generator for one target architecture, registered as a service with the property
 * {@value #TARGET_PROPERTY} naming its target (for example {@code x86_64}). Thread-safe: the
 * engine may compile several modules at once on one back-end.
 */
@ProviderType
public interface TargetBackend {
    /** Service property naming the target architecture, as in the first part of a target triple. */
    String TARGET_PROPERTY = "hotlink.target";

    /** The architecture this back-end emits code for, such as {@code x86_64} or {@code aarch64}. */
    String target();

    /** The data layout string modules must carry (or leave out) to be compiled by this back-end. */
    String dataLayout();

    /**
     * Checks that the module was made for this target: its triple names this architecture and
     * its data layout, if any, equals {@link #dataLayout()}.
     */
    void checkTarget(Module module) throws TargetMismatchException;

    /**
     * Compiles a verified module into relocatable code.
     *
     * @throws UnsupportedConstructException for a valid construct this back-end does not handle,
     *         located at that construct
     */
    RelocatableObject compile(Module module, CompileOptions options) throws UnsupportedConstructException;

    /**
     * Compiles as {@link #compile(Module, CompileOptions)}, with the same result, and may generate
     * the code of several functions at once on threads borrowed from {@code helpers} (the engine's
     * compile threads) besides the calling one. A back-end must not wait for a helper task to start:
     * the executor may be busy or refuse work. This default ignores the helpers.
     *
     * @param helpers where helper tasks may run, or null for the calling thread alone
     */
    default RelocatableObject compile(Module module, CompileOptions options, Executor helpers)
            throws UnsupportedConstructException {
        return compile(module, options);
    }

    /** The writer of entry stubs and other linker-placed code for this target. */
    StubWriter stubWriter();

    /**
     * Byte offset of the interrupted program counter inside the C library's {@code ucontext_t} on
     * Linux for this target, which the engine's fault handler reads to name the faulting function.
     */
    int signalContextPcOffset();
}
