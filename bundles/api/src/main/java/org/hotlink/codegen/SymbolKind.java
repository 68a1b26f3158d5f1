package org.hotlink.codegen;

/** Whether a symbol names code (reached through an entry stub) or data (reached directly or through a GOT slot). */
public enum SymbolKind {
    FUNCTION,
    DATA
}
