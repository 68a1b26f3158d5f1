package org.hotlink.codegen.common;

import org.hotlink.codegen.SymbolBinding;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.Linkage;

/**
 * How an IR {@link Linkage} becomes the binding of an object symbol, as an ELF static linker
 * treats clang's output: private and internal are LOCAL; weak, weak_odr, linkonce, linkonce_odr
 * and common are WEAK definitions (a strong definition elsewhere wins, equal weak ones merge);
 * external is GLOBAL. An {@code extern_weak} declaration is a WEAK undefined reference (null when
 * nothing defines it). An {@code available_externally} definition is treated as a declaration:
 * its body or initializer is a copy of one that exists elsewhere, so it is not emitted.
 * {@code appending} exists only for the {@code llvm.*} arrays that the engine reads itself.
 */
public final class LinkageMapping {
    /** Prefix of names reserved to LLVM: intrinsics and special arrays such as {@code llvm.global_ctors}. */
    public static final String LLVM_PREFIX = "llvm.";

    private LinkageMapping() {
    }

    /**
     * The binding of the symbol that defines {@code global}.
     *
     * @throws UnsupportedConstructException for {@code appending} on a name outside {@code llvm.*},
     *         or for a linkage that never has a definition ({@code extern_weak}, {@code available_externally}),
     *         at the global's location
     */
    public static SymbolBinding definitionBinding(GlobalValue global) throws UnsupportedConstructException {
        return switch (global.linkage()) {
            case PRIVATE, INTERNAL -> SymbolBinding.LOCAL;
            case WEAK, WEAK_ODR, LINKONCE, LINKONCE_ODR, COMMON -> SymbolBinding.WEAK;
            case EXTERNAL -> SymbolBinding.GLOBAL;
            case APPENDING -> throw new UnsupportedConstructException(
                    "unsupported: appending linkage on @" + global.name() + " (only llvm.* arrays may be appending)",
                    global.location());
            case EXTERN_WEAK, AVAILABLE_EXTERNALLY -> throw new UnsupportedConstructException(
                    "unsupported: " + global.linkage().keyword() + " global @" + global.name() + " has no definition to emit",
                    global.location());
        };
    }

    /** Whether a reference to {@code global}, when nothing in the object defines it, is weak (may resolve to null). */
    public static boolean isWeakReference(GlobalValue global) {
        return global.linkage() == Linkage.EXTERN_WEAK;
    }

    /**
     * Whether the definition that takes effect for {@code global} at run time may lie outside its
     * own module: true for declarations (extern_weak ones included), {@code available_externally}
     * globals and definitions that another module may replace or merge with (weak, weak_odr,
     * linkonce, linkonce_odr, common: a strong definition elsewhere wins, and among weak ones the
     * first loaded stays). Code must then reach the global through a slot that the linker points
     * at the winning definition, never by a fixed PC-relative offset to its own copy.
     */
    public static boolean isInterposable(GlobalValue global) {
        if (!isEmitted(global)) {
            return true;
        }
        return switch (global.linkage()) {
            case WEAK, WEAK_ODR, LINKONCE, LINKONCE_ODR, COMMON -> true;
            default -> false;
        };
    }

    /**
     * Whether the object compiled from {@code global}'s module holds a definition of it: false for
     * declarations, {@code available_externally} globals and LLVM's own {@code llvm.*} names.
     */
    public static boolean isEmitted(GlobalValue global) {
        return !global.isDeclaration() && global.linkage() != Linkage.AVAILABLE_EXTERNALLY
                && global.linkage() != Linkage.EXTERN_WEAK && !isReservedName(global);
    }

    /** Whether {@code global} carries one of the names LLVM reserves ({@code llvm.*}). */
    public static boolean isReservedName(GlobalValue global) {
        return global.name().startsWith(LLVM_PREFIX);
    }
}
