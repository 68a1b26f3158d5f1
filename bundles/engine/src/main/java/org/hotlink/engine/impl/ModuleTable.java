package org.hotlink.engine.impl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.ir.Module;

/**
 * The modules of one engine by name, in the order they were first added (a redefinition keeps a
 * module's place). Not thread-safe: the engine reads and changes it under its lock.
 */
final class ModuleTable {
    private final Map<String, LoadedModule> modules = new LinkedHashMap<>();

    LoadedModule get(String name) {
        return modules.get(name);
    }

    boolean contains(String name) {
        return modules.containsKey(name);
    }

    /** Adds a new module or replaces the version in effect, keeping the module's place. */
    void put(LoadedModule module) {
        modules.put(module.name(), module);
    }

    void remove(String name) {
        modules.remove(name);
    }

    /** Every module, engine-owned ones included, in load order. */
    Collection<LoadedModule> all() {
        return modules.values();
    }

    /**
     * The IR in effect of every user module, by name, for a redefinition plan. The engine's own
     * modules are left out on purpose: they declare user functions (a program's entry) only to
     * call them through their stubs, and when a signature change gives a function a fresh stub the
     * old stub keeps leading to the old code of the old type, so they never need to block it.
     */
    Map<String, Module> userIrByName() {
        Map<String, Module> ir = new LinkedHashMap<>();
        for (LoadedModule module : modules.values()) {
            if (!module.engineOwned()) {
                ir.put(module.name(), module.ir());
            }
        }
        return ir;
    }

    /** The modules users added, in load order. */
    List<ModuleInfo> userModules() {
        List<ModuleInfo> infos = new ArrayList<>();
        for (LoadedModule module : modules.values()) {
            if (!module.engineOwned()) {
                infos.add(module.info());
            }
        }
        return infos;
    }

    /** The version in effect of a module, or 0 for null or unknown names. */
    int versionOf(String name) {
        LoadedModule module = name == null ? null : modules.get(name);
        return module == null ? 0 : module.version();
    }

    void clear() {
        modules.clear();
    }
}
