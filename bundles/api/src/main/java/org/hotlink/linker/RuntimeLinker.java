package org.hotlink.linker;

import org.hotlink.codegen.StubWriter;
import org.hotlink.memory.MemoryArena;
import org.osgi.annotation.versioning.ProviderType;

/** Service that creates link layers: an engine's symbol table over its memory arena. */
@ProviderType
public interface RuntimeLinker {
    LinkLayer createLayer(MemoryArena arena, StubWriter stubs, ExternalSymbols externals);
}
