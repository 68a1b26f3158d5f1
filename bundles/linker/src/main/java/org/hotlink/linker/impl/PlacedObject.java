package org.hotlink.linker.impl;

import java.util.List;
import java.util.Map;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.LinkedObject;

/**
 * What an update reports of one new object, or {@code materialize} of one lazy function's code:
 * the module version it belongs to, the addresses of the definitions it contributed (a function's
 * stub, a data symbol's storage, the old storage for kept data; a weak definition that yielded to
 * another is not listed), its code size and its function bodies.
 */
record PlacedObject(String moduleName, long version, Map<String, Long> definitions, long codeBytes,
                    List<CodeRange> functionBodies) implements LinkedObject {
    PlacedObject {
        definitions = Map.copyOf(definitions);
        functionBodies = List.copyOf(functionBodies);
    }
}
