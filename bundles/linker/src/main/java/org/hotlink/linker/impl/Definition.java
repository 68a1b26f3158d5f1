package org.hotlink.linker.impl;

import org.hotlink.codegen.SymbolBinding;

/**
 * One module's definition of a name, in effect or waiting as a candidate.
 *
 * @param module  the module that defined it
 * @param binding GLOBAL, WEAK or LOCAL
 * @param address a function's body or a data symbol's storage
 */
record Definition(String module, SymbolBinding binding, long address) implements DefinitionCandidate {
}
