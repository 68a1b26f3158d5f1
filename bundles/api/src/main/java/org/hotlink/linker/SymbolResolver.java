package org.hotlink.linker;

import org.osgi.annotation.versioning.ProviderType;

/** Service that creates one {@link ExternalSymbols} scope per engine, so engines never share symbols. */
@ProviderType
public interface SymbolResolver {
    ExternalSymbols createScope();
}
