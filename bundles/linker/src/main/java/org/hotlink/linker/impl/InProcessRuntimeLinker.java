package org.hotlink.linker.impl;

import java.util.Objects;
import org.hotlink.codegen.StubWriter;
import org.hotlink.linker.ExternalSymbols;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.RuntimeLinker;
import org.hotlink.memory.MemoryArena;
import org.osgi.service.component.annotations.Component;

/**
 * Links relocatable objects into the running process: one {@link LinkLayer} per engine, placing
 * code through the engine's memory arena and binding what compiled code does not define through
 * its external symbols. Usable as a DS component or directly through its constructor. Thread-safe.
 */
@Component(service = RuntimeLinker.class)
public final class InProcessRuntimeLinker implements RuntimeLinker {
    public InProcessRuntimeLinker() {
        // A public no-arg constructor for plain-Java use besides Declarative Services.
    }

    @Override
    public LinkLayer createLayer(MemoryArena arena, StubWriter stubs, ExternalSymbols externals) {
        return new InProcessLinkLayer(Objects.requireNonNull(arena, "arena"), Objects.requireNonNull(stubs, "stubs"),
                Objects.requireNonNull(externals, "externals"));
    }
}
