package org.hotlink.engine.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.codegen.CompileOptions;
import org.hotlink.engine.CompileMode;
import org.hotlink.engine.ModuleSource;
import org.hotlink.engine.impl.lazy.LazyModuleVersions;
import org.hotlink.engine.impl.reclaim.ReclamationRuntimeModule;
import org.hotlink.ir.Module;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.ModuleReplacement;
import org.hotlink.linker.RetiredMemory;

/**
 * Adds, redefines and removes modules of one engine, each change as one {@link LinkLayer#update}
 * transaction. Everything that can fail on the user's input (parsing, verification, the
 * redefinition plan, code generation, linking) happens before the update publishes anything, so a
 * failed change leaves the symbol table, the module table and the running code as they were.
 * After publishing, externals are bound at once (late binding: what stays undefined reaches the
 * undefined-function handler) and the memory the update took out of use goes to the reclaimer.
 *
 * <p>Not thread-safe: the engine calls every method under its lock. Nothing here waits for a
 * grace period; retiring memory never blocks.
 */
final class ModuleTransactions {
    /** Every runtime module the engine writes itself, except the reclaimer's, is named with this prefix. */
    private static final String RESERVED_PREFIX = "__hotlink";

    private final ModuleCompiler compiler;
    private final LinkLayer layer;
    private final ModuleTable table;
    private final EngineStatisticsCounter statistics;
    private final Consumer<List<RetiredMemory>> retirement;
    private final LinkPreparation preparation;
    private final LazyModuleVersions lazyVersions;

    /** What must happen before a verified user module is linked (loading a runtime it names). */
    @FunctionalInterface
    interface LinkPreparation {
        void prepare(Module module) throws HotlinkException;
    }

    /**
     * @param retirement  takes memory no stub or slot leads into any more; must not block
     * @param preparation called for each user module after verification, before compiling
     */
    ModuleTransactions(ModuleCompiler compiler, LinkLayer layer, ModuleTable table,
                       EngineStatisticsCounter statistics, Consumer<List<RetiredMemory>> retirement,
                       LinkPreparation preparation, LazyModuleVersions lazyVersions) {
        this.compiler = compiler;
        this.layer = layer;
        this.table = table;
        this.statistics = statistics;
        this.retirement = retirement;
        this.preparation = preparation;
        this.lazyVersions = lazyVersions;
    }

    /**
     * What the back-end emits for {@code mode} (never {@code ENGINE_DEFAULT} here): a lazy module's
     * object holds its data and no function's code ({@link CompileOptions#lazy}); a sealed one calls its
     * own functions directly.
     */
    private static CompileOptions optionsFor(CompileMode mode) {
        return switch (mode) {
            case LAZY -> CompileOptions.lazy(java.util.Set.of());
            case SEALED -> CompileOptions.SEALED;
            case EAGER, ENGINE_DEFAULT -> CompileOptions.ALL;
        };
    }

    /** Records the version now in effect, so the lazy compiler finds the IR of a lazy one. */
    private void track(LoadedModule module, CompileMode mode) {
        if (mode == CompileMode.LAZY) {
            lazyVersions.publish(module.name(), module.linked().version(), module.ir());
        } else {
            lazyVersions.forget(module.name());
        }
    }

    /** Adds a user module that is not loaded yet, compiled now or (lazy) function by function on first call. */
    void add(String moduleName, String sourceName, CharSequence irText, CompileMode mode) throws HotlinkException {
        checkNotReserved(moduleName);
        if (table.contains(moduleName)) {
            throw new HotlinkException("module '" + moduleName + "' is already loaded");
        }
        Module ir = compiler.parse(sourceName, irText, true);
        preparation.prepare(ir);
        RelocatableObject object = compiler.compile(moduleName, ir, optionsFor(mode), true);
        LinkUpdate update = publishLocated(List.of(ModuleReplacement.of(object)), List.of(ir));
        LoadedModule loaded = new LoadedModule(moduleName, sourceName, 1, ir, update.linked().get(0), false,
                mode == CompileMode.SEALED);
        table.put(loaded);
        track(loaded, mode);
    }

    /** Adds a module the engine wrote itself; its work is not counted in the statistics. */
    void addRuntime(String moduleName, String irText) throws HotlinkException {
        if (table.contains(moduleName)) {
            throw new HotlinkException("runtime module '" + moduleName + "' is already loaded");
        }
        String sourceName = moduleName + ".ll";
        Module ir = compiler.parse(sourceName, irText, false);
        RelocatableObject object = compiler.compile(moduleName, ir, false);
        LinkUpdate update = publish(List.of(ModuleReplacement.of(object)), false);
        table.put(new LoadedModule(moduleName, sourceName, 1, ir, update.linked().get(0), true, false));
    }

    /**
     * Replaces (or adds) the modules of the batch as one transaction: all are parsed and verified,
     * the redefinition is planned against every loaded user module, all are compiled, then linked by one
     * update.
     */
    void redefineAll(List<ModuleSource> batch, CompileMode mode) throws HotlinkException {
        if (mode == CompileMode.SEALED) {
            throw new HotlinkException("a redefinition cannot be sealed: sealed modules are never redefined");
        }
        Map<String, ModuleSource> sources = checkedBatch(batch);
        Map<String, Module> newIr = new LinkedHashMap<>();
        for (ModuleSource source : sources.values()) {
            newIr.put(source.moduleName(), compiler.parse(source.sourceName(), source.irText(), true));
        }
        Map<String, RedefinitionPlan.ModuleChanges> plan = RedefinitionPlan.plan(table.userIrByName(), newIr);
        for (Module module : newIr.values()) {
            preparation.prepare(module);
        }
        List<ModuleReplacement> replacements = new ArrayList<>();
        for (Map.Entry<String, Module> module : newIr.entrySet()) {
            RelocatableObject object = compiler.compile(module.getKey(), module.getValue(), optionsFor(mode), true);
            RedefinitionPlan.ModuleChanges changes = plan.get(module.getKey());
            replacements.add(changes == null
                    ? ModuleReplacement.of(object)
                    : new ModuleReplacement(module.getKey(), object, changes.keptData(), changes.freshFunctions()));
        }
        LinkUpdate update = publishLocated(replacements, newIr.values());
        int index = 0;
        for (Map.Entry<String, Module> module : newIr.entrySet()) {
            String name = module.getKey();
            String sourceName = sources.get(name).sourceName();
            LoadedModule old = table.get(name);
            LoadedModule loaded = old == null
                    ? new LoadedModule(name, sourceName, 1, module.getValue(), update.linked().get(index), false, false)
                    : old.successor(sourceName, module.getValue(), update.linked().get(index));
            table.put(loaded);
            track(loaded, mode);
            index++;
        }
    }

    /**
     * Publishes user modules; a clash of strong definitions, which the linker reports by name only,
     * is located at the new module's definition.
     */
    private LinkUpdate publishLocated(List<ModuleReplacement> replacements, java.util.Collection<Module> newModules)
            throws HotlinkException {
        try {
            return publish(replacements, true);
        } catch (DuplicateSymbolException e) {
            if (e.symbol() == null || e.location().isKnown()) {
                throw e;
            }
            for (Module module : newModules) {
                org.hotlink.ir.GlobalValue definition = module.globalValue(e.symbol());
                if (definition != null && !definition.isDeclaration()) {
                    throw new DuplicateSymbolException(e.getMessage(), e.symbol(), definition.location());
                }
            }
            throw e;
        }
    }

    /** Removes a user module: its names become undefined and its memory is retired. */
    void remove(String moduleName) throws HotlinkException {
        LoadedModule module = table.get(moduleName);
        if (module == null) {
            throw new HotlinkException("module '" + moduleName + "' is not loaded");
        }
        if (module.engineOwned()) {
            throw new HotlinkException("module '" + moduleName + "' belongs to the engine and cannot be removed");
        }
        if (module.sealed()) {
            throw new HotlinkException("module '" + moduleName + "' was added sealed and cannot be removed");
        }
        publish(List.of(ModuleReplacement.removal(moduleName)), true);
        table.remove(moduleName);
        lazyVersions.forget(moduleName);
    }

    /**
     * Refuses the names of the engine's own runtime modules, loaded or not yet: a user module of
     * that name would stop the engine from loading its runtime later.
     */
    private static void checkNotReserved(String moduleName) throws HotlinkException {
        if (moduleName.startsWith(RESERVED_PREFIX) || moduleName.equals(ReclamationRuntimeModule.MODULE_NAME)) {
            throw new HotlinkException("module name '" + moduleName + "' is reserved for the engine's own modules");
        }
    }

    /** The batch by module name, refusing a name given twice and the engine's own modules. */
    private Map<String, ModuleSource> checkedBatch(List<ModuleSource> batch) throws HotlinkException {
        if (batch.isEmpty()) {
            throw new HotlinkException("no modules to redefine");
        }
        Map<String, ModuleSource> sources = new LinkedHashMap<>();
        for (ModuleSource source : batch) {
            checkNotReserved(source.moduleName());
            if (sources.putIfAbsent(source.moduleName(), source) != null) {
                throw new HotlinkException("module '" + source.moduleName() + "' appears twice in one redefinition");
            }
            LoadedModule loaded = table.get(source.moduleName());
            if (loaded != null && loaded.engineOwned()) {
                throw new HotlinkException("module '" + source.moduleName()
                        + "' belongs to the engine and cannot be redefined");
            }
            if (loaded != null && loaded.sealed()) {
                throw new HotlinkException("module '" + source.moduleName()
                        + "' was added sealed (its calls are linked directly) and cannot be redefined");
            }
        }
        return sources;
    }

    /**
     * Links the replacements as one update, binds externals and retires what went out of use. If
     * the update throws, nothing was published.
     */
    private LinkUpdate publish(List<ModuleReplacement> replacements, boolean counted) throws HotlinkException {
        long start = System.nanoTime();
        LinkUpdate update = layer.update(replacements);
        layer.bindExternals();
        if (counted) {
            statistics.addLink(System.nanoTime() - start);
        }
        if (!update.retired().isEmpty()) {
            retirement.accept(update.retired());
        }
        return update;
    }
}
