package org.hotlink.engine.impl;

import org.hotlink.codegen.CompileOptions;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.ir.Module;

/**
 * The front half of the pipeline: IR text to a verified module for this engine's target, and a
 * module to a relocatable object named as the engine knows the module. Work for user modules is
 * counted in the engine's statistics; engine-made runtime modules are not. Thread-safe (the
 * services are, and the counters are atomic).
 */
final class ModuleCompiler {
    private final EngineServices services;
    private final EngineStatisticsCounter statistics;
    private final CompileHelpers helpers;

    ModuleCompiler(EngineServices services, EngineStatisticsCounter statistics, CompileHelpers helpers) {
        this.services = services;
        this.statistics = statistics;
        this.helpers = helpers;
    }

    /**
     * Parses, verifies and checks the target of one module's text.
     *
     * @throws HotlinkException located in {@code sourceName} when the text is not acceptable
     */
    Module parse(String sourceName, CharSequence irText, boolean counted) throws HotlinkException {
        long start = System.nanoTime();
        Module module = services.parser().parse(sourceName, irText, helpers.ifAvailable());
        services.verifier().verify(module, helpers.ifAvailable());
        if (counted) {
            statistics.addParse(System.nanoTime() - start, module.instructionCount());
        }
        services.backend().checkTarget(module);
        return module;
    }

    /**
     * Compiles every function of {@code module}. The object carries {@code moduleName}, the engine's
     * name for the module, rather than the IR's own ({@code source_filename}), because the link
     * layer identifies module versions by it.
     */
    RelocatableObject compile(String moduleName, Module module, boolean counted) throws HotlinkException {
        return compile(moduleName, module, CompileOptions.ALL, counted);
    }

    /**
     * Compiles what {@code options} say: everything, a lazy module's data (its functions left for
     * their first calls, see {@link CompileOptions#lazy}) or one function alone.
     */
    RelocatableObject compile(String moduleName, Module module, CompileOptions options, boolean counted)
            throws HotlinkException {
        long start = System.nanoTime();
        RelocatableObject object = services.backend().compile(module, options, helpers.ifAvailable());
        if (counted) {
            statistics.addCompile(System.nanoTime() - start, object.statistics().functionsCompiled(),
                    object.statistics().codeBytes());
        }
        if (object.moduleName().equals(moduleName)) {
            return object;
        }
        return new RelocatableObject(moduleName, object.sections(), object.symbols(), object.statistics());
    }

    /** The target triple runtime modules are written for. */
    String triple() {
        return services.backend().target() + "-unknown-linux-gnu";
    }

    String dataLayout() {
        return services.backend().dataLayout();
    }
}
