package org.hotlink.engine;

import java.util.List;

/**
 * A module loaded in an engine.
 *
 * @param name       the module's name
 * @param sourceName the file name its current version came from
 * @param version    1 when added, incremented by every redefinition
 * @param functions  names of the functions it defines (local ones included), in source order
 * @param globals    names of the global variables it defines (local ones included), in source order
 */
public record ModuleInfo(String name, String sourceName, int version, List<String> functions, List<String> globals) {
    public ModuleInfo {
        functions = List.copyOf(functions);
        globals = List.copyOf(globals);
    }
}
