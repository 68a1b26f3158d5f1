package org.hotlink.linker.impl;

import org.hotlink.codegen.SymbolBinding;

/** What {@link DefinitionRules} needs to know of a definition to rank it: who made it and how it binds. */
interface DefinitionCandidate {
    String module();

    SymbolBinding binding();
}
