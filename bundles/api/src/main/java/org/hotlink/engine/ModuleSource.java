package org.hotlink.engine;

import java.util.Objects;

/**
 * A module's IR text for {@link Engine#redefineAll}.
 *
 * @param moduleName the module's name in the engine
 * @param sourceName the file name diagnostics show
 * @param irText     LLVM IR text
 */
public record ModuleSource(String moduleName, String sourceName, CharSequence irText) {
    public ModuleSource {
        Objects.requireNonNull(moduleName, "moduleName");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(irText, "irText");
    }
}
