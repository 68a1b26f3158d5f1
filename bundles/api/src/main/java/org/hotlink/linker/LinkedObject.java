package org.hotlink.linker;

import java.util.Map;

/** A relocatable object once placed, patched and finalized by a {@link LinkLayer}. */
public interface LinkedObject {
    String moduleName();

    /**
     * The module version this object belongs to: a number the layer gives each module version it
     * links, unique within the layer. Code materialized later for a lazy function carries the
     * version of the module it belongs to.
     */
    long version();

    /** Addresses of the symbols it defines, local ones included: a function's entry stub, a data symbol's storage. */
    Map<String, Long> definitions();

    /** Bytes of machine code placed (stubs excluded). */
    long codeBytes();

    /** The machine code of each function it defines, local ones included. */
    default java.util.List<CodeRange> functionBodies() {
        return java.util.List.of();
    }
}
