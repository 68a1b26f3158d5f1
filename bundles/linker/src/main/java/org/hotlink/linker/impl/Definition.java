package org.hotlink.linker.impl;

import org.hotlink.codegen.SymbolBinding;

/**
 * One module's definition of a name, in effect or waiting as a candidate.
 *
 * @param module  the module that defined it
 * @param binding GLOBAL, WEAK or LOCAL
 * @param address a function's body or a data symbol's storage; for a lazy function, the lazy
 *                landing of the name's stub (so its slot leads to the lazy-compile trampoline)
 * @param lazy    whether it is a lazy function definition, whose code is compiled on its first call
 */
record Definition(String module, SymbolBinding binding, long address, boolean lazy) implements DefinitionCandidate {
    /** A definition with code or storage. */
    Definition(String module, SymbolBinding binding, long address) {
        this(module, binding, address, false);
    }
}
