package org.hotlink.engine;

/**
 * A global symbol of an engine's symbol table.
 *
 * @param name     the symbol's name
 * @param function true for a function (its address is its entry stub), false for data
 * @param module   the module whose definition is in effect, or null when undefined or external
 * @param version  that module's version, or 0
 * @param address  the address code uses (entry stub or storage), or 0 when undefined
 */
public record SymbolInfo(String name, boolean function, String module, int version, long address) {
}
