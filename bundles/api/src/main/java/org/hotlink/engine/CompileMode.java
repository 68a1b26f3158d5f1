package org.hotlink.engine;

/** When the functions of a module are compiled to machine code. */
public enum CompileMode {
    /** As the engine's options say ({@link EngineOptions#lazy()}). */
    ENGINE_DEFAULT,
    /** Every function when the module is added or redefined. */
    EAGER,
    /**
     * Each function on its first call, from whichever thread makes it: adding or redefining the
     * module parses and verifies all of it (every error is reported at once) but compiles no
     * function; every function starts behind an entry stub that leads to the compile trampoline.
     */
    LAZY,
    /**
     * Every function at once, and the module is never redefined or removed: calls between its own
     * functions (those no other module can replace) go straight to their code rather than through
     * their entry stubs. What {@code hotlink run} uses. Redefining or removing such a module is refused.
     */
    SEALED
}
