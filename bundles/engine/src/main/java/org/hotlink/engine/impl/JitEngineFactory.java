package org.hotlink.engine.impl;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.hotlink.codegen.TargetBackend;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;
import org.hotlink.linker.RuntimeLinker;
import org.hotlink.linker.SymbolResolver;
import org.hotlink.memory.MemoryManager;
import org.hotlink.parser.IrParser;
import org.hotlink.parser.IrVerifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Creates engines from the services present. Back-ends and memory strategies are dynamic: they can
 * be installed, upgraded or removed while the factory runs; an engine keeps the ones it was made
 * with. When a requested one is missing, {@link #createEngine} waits briefly for it, because at
 * framework start-up the factory may be registered before every back-end has been activated.
 */
@Component(service = EngineFactory.class, configurationPid = EngineFactory.CONFIGURATION_PID,
        configurationPolicy = org.osgi.service.component.annotations.ConfigurationPolicy.OPTIONAL)
public final class JitEngineFactory implements EngineFactory {
    private static final long FRAMEWORK_SERVICE_WAIT_MILLIS = 10_000;

    private final IrParser parser;
    private final IrVerifier verifier;
    private final RuntimeLinker linker;
    private final SymbolResolver resolver;
    private final List<TargetBackend> backends = new CopyOnWriteArrayList<>();
    private final List<MemoryManager> memoryManagers = new CopyOnWriteArrayList<>();
    private final Object arrivals = new Object();
    private final long serviceWaitMillis;
    private final java.util.function.UnaryOperator<String> frameworkProperties;
    private volatile EngineOptions configured = EngineOptions.defaults();

    @Activate
    public JitEngineFactory(@Reference IrParser parser, @Reference IrVerifier verifier,
                            @Reference RuntimeLinker linker, @Reference SymbolResolver resolver,
                            java.util.Map<String, Object> properties) {
        this.parser = parser;
        this.verifier = verifier;
        this.linker = linker;
        this.resolver = resolver;
        this.serviceWaitMillis = FRAMEWORK_SERVICE_WAIT_MILLIS;
        this.frameworkProperties = FrameworkProperties.ofBundleOf(getClass());
        modified(properties);
    }

    /** A changed configuration applies to engines created afterwards. */
    @org.osgi.service.component.annotations.Modified
    void modified(java.util.Map<String, Object> properties) {
        configured = ConfiguredEngineOptions.from(properties, frameworkProperties);
    }

    @Override
    public EngineOptions configuredOptions() {
        return configured;
    }

    /** For plain-Java use without a framework: every service given at once. */
    public JitEngineFactory(IrParser parser, IrVerifier verifier, RuntimeLinker linker, SymbolResolver resolver,
                            List<TargetBackend> backends, List<MemoryManager> memoryManagers) {
        this.parser = parser;
        this.verifier = verifier;
        this.linker = linker;
        this.resolver = resolver;
        this.serviceWaitMillis = 0; // everything is given up front: nothing more will arrive
        this.frameworkProperties = name -> null;
        backends.forEach(this::addBackend);
        memoryManagers.forEach(this::addMemoryManager);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeBackend")
    void addBackend(TargetBackend backend) {
        backends.add(backend);
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }

    void removeBackend(TargetBackend backend) {
        backends.remove(backend);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeMemoryManager")
    void addMemoryManager(MemoryManager manager) {
        memoryManagers.add(manager);
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }

    void removeMemoryManager(MemoryManager manager) {
        memoryManagers.remove(manager);
    }

    @Override
    public Engine createEngine(EngineOptions options) throws HotlinkException {
        TargetBackend backend = await(backends, TargetBackend::target, options.target(), "back-end for target");
        MemoryManager memory = await(memoryManagers, MemoryManager::strategy, options.memoryStrategy(),
                "memory strategy");
        EngineServices services = new EngineServices(parser, verifier, backend, memory, linker, resolver);
        return JitEngine.create(services, options);
    }

    private <T> T await(List<T> candidates, Function<T, String> name, String wanted, String what)
            throws HotlinkException {
        long deadline = System.nanoTime() + serviceWaitMillis * 1_000_000;
        synchronized (arrivals) {
            while (true) {
                Optional<T> found = candidates.stream().filter(c -> wanted.equals(name.apply(c))).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new HotlinkException("no " + what + " '" + wanted + "' is available");
                }
                try {
                    arrivals.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new HotlinkException("interrupted while waiting for " + what + " '" + wanted + "'");
                }
            }
        }
    }
}
