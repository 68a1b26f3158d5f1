package org.hotlink.codegen;

import java.util.Set;

/**
 * What one compilation of a module emits.
 *
 * <ul>
 * <li>{@link #ALL}: the module's data, aliases and every defined function's code.</li>
 * <li>{@link #lazy(Set)}: the module's data and aliases, the code of the functions named, and every
 * other defined function as a lazy definition ({@link ObjectSymbol#lazy}): defined by the module,
 * its code compiled later. The object also refers to every global value the module declares, so
 * the linker learns every external name the functions' code will need.</li>
 * <li>{@link #function(String)}: the code of one function alone (with the constant tables it owns),
 * and no data: every other name its code uses, whether the module defines it or not, is an undefined
 * reference, which the linker resolves in the module's scope.</li>
 * </ul>
 *
 * @param functions the functions whose code is emitted, or null for all
 * @param data      whether the module's global variables and aliases are emitted
 * @param lazyRest  whether defined functions not in {@code functions} become lazy definitions
 *                  (otherwise they are left out)
 * @param directCalls whether a call to a function this object defines with non-weak binding (local
 *                  or global) goes straight to its code, as a PC-relative reference to the function's
 *                  section, instead of through its entry stub. Only for modules that are never
 *                  redefined: a direct call keeps reaching the code it was linked to. Addresses of
 *                  functions still go through their stubs.
 */
public record CompileOptions(Set<String> functions, boolean data, boolean lazyRest, boolean directCalls) {
    public static final CompileOptions ALL = new CompileOptions(null, true, false, false);
    /** Everything, with direct calls inside the module (see {@code directCalls}). */
    public static final CompileOptions SEALED = new CompileOptions(null, true, false, true);

    public CompileOptions(Set<String> functions, boolean data, boolean lazyRest) {
        this(functions, data, lazyRest, false);
    }

    public CompileOptions {
        functions = functions == null ? null : Set.copyOf(functions);
        if (lazyRest && functions == null) {
            throw new IllegalArgumentException("lazy definitions need the set of functions compiled now");
        }
        if (directCalls && lazyRest) {
            throw new IllegalArgumentException("direct calls need every function of the module in one object");
        }
    }

    /** Data, aliases and the code of {@code eager}; every other defined function lazy. */
    public static CompileOptions lazy(Set<String> eager) {
        return new CompileOptions(eager, true, true);
    }

    /** The code of one function, without the module's data. */
    public static CompileOptions function(String name) {
        return new CompileOptions(Set.of(name), false, false);
    }

    /** Whether the code of {@code functionName} is emitted. */
    public boolean includes(String functionName) {
        return functions == null || functions.contains(functionName);
    }
}
