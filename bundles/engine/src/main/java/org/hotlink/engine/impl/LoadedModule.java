package org.hotlink.engine.impl;

import java.util.ArrayList;
import java.util.List;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Module;
import org.hotlink.linker.LinkedObject;

/**
 * One version of a module of an engine: its verified IR (kept for redefinition plans, start-up
 * tables and diagnostics) and where the linker placed it. Immutable; a redefinition makes a new one.
 *
 * @param name        the module's name in the engine
 * @param sourceName  the file name its IR came from
 * @param version     1 when added, incremented by every redefinition
 * @param engineOwned true for runtime modules the engine made itself (start-up code, shims): they
 *                    are not listed by {@code modules()} and cannot be redefined or removed
 * @param sealed      added with {@code CompileMode.SEALED}: its own calls are direct, so it is never
 *                    redefined or removed
 */
record LoadedModule(String name, String sourceName, int version, Module ir, LinkedObject linked,
                    boolean engineOwned, boolean sealed) {

    /** The next version of this module. */
    LoadedModule successor(String newSourceName, Module newIr, LinkedObject newLinked) {
        return new LoadedModule(name, newSourceName, version + 1, newIr, newLinked, engineOwned, sealed);
    }

    ModuleInfo info() {
        List<String> functions = new ArrayList<>();
        for (Function function : ir.functions()) {
            if (!function.isDeclaration()) {
                functions.add(function.name());
            }
        }
        List<String> globals = new ArrayList<>();
        for (GlobalVariable global : ir.globals()) {
            if (!global.isDeclaration()) {
                globals.add(global.name());
            }
        }
        return new ModuleInfo(name, sourceName, version, functions, globals);
    }
}
