package org.hotlink.linker;

import java.util.Objects;

/**
 * A function defined lazily by one version of a module, reached through an entry stub whose slot
 * still leads to its lazy landing.
 *
 * @param moduleName the module
 * @param version    the module version ({@link LinkedObject#version()}) that defines it
 * @param name       the function's name (global or local to the module)
 */
public record LazyFunction(String moduleName, long version, String name) {
    public LazyFunction {
        Objects.requireNonNull(moduleName, "moduleName");
        Objects.requireNonNull(name, "name");
    }
}
