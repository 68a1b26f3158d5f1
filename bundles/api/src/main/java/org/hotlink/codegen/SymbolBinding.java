package org.hotlink.codegen;

/** How a symbol takes part in the engine's one symbol table, as an ELF static linker would treat it. */
public enum SymbolBinding {
    /** Visible only inside its own object (private and internal linkage). */
    LOCAL,
    /** A strong definition: a second strong definition of the name is an error. */
    GLOBAL,
    /** A definition that yields to a strong one (weak, linkonce, common); or, undefined, may stay null (extern_weak). */
    WEAK
}
