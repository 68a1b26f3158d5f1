package org.hotlink.shell.impl;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.engine.EngineStatistics;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.engine.SymbolInfo;
import org.hotlink.memory.MemoryStatistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The Gogo commands {@code hotlink:add}, {@code redefine}, {@code remove}, {@code modules}, {@code symbols}
 * and {@code stats} on one shared engine. Gogo calls the public methods reflectively and prints what they
 * return; a failure prints its diagnostic on the session's stderr (never a stack trace) and returns nothing.
 *
 * <p>Thread-safe: several shell sessions may call commands at once; the engine is thread-safe and
 * {@link SharedEngine} guards its creation.
 */
// Gogo finds commands by their osgi.command properties on any service, so none of our types is exported.
@Component(service = Object.class, configurationPid = "org.hotlink.shell", property = {
        "osgi.command.scope=hotlink",
        "osgi.command.function=add",
        "osgi.command.function=redefine",
        "osgi.command.function=remove",
        "osgi.command.function=modules",
        "osgi.command.function=symbols",
        "osgi.command.function=stats"})
public final class HotlinkCommands {
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final SharedEngine engine;
    private final Supplier<PrintStream> errors;

    @Activate
    public HotlinkCommands(@Reference EngineFactory factory, ShellConfiguration configuration) {
        // Read System.err at each failure: Gogo redirects it to the calling session's stderr per thread.
        this(factory, () -> System.err, options(factory.configuredOptions(), configuration.reclamation()));
    }

    HotlinkCommands(EngineFactory factory, Supplier<PrintStream> errors) {
        this(factory, errors, EngineOptions.defaults());
    }

    HotlinkCommands(EngineFactory factory, Supplier<PrintStream> errors, EngineOptions options) {
        this.engine = new SharedEngine(factory, options);
        this.errors = errors;
    }

    /**
     * The factory's configured options (org.hotlink.engine: lazy compilation, compile threads) with this
     * component's reclamation policy; an unknown value keeps the default and says so.
     */
    static EngineOptions options(EngineOptions defaults, String reclamation) {
        return switch (reclamation.trim().toLowerCase(Locale.ROOT)) {
            case "quiescent" -> defaults.withReclamation(ReclamationPolicy.QUIESCENT);
            case "never" -> defaults.withReclamation(ReclamationPolicy.NEVER);
            default -> {
                System.err.println("hotlink: shell: unknown reclamation policy '" + reclamation
                        + "' in org.hotlink.shell; using quiescent");
                yield defaults;
            }
        };
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    /** {@code add FILE}: adds the IR file as module FILE-without-.ll. */
    public String add(String file) {
        return run(() -> add(file, ModuleFile.defaultModuleName(file), true));
    }

    /** {@code add FILE NAME}: adds the IR file as module NAME. */
    public String add(String file, String name) {
        return run(() -> add(file, name, true));
    }

    /** {@code redefine FILE}: replaces module FILE-without-.ll by the file's new version. */
    public String redefine(String file) {
        return run(() -> add(file, ModuleFile.defaultModuleName(file), false));
    }

    /** {@code redefine FILE NAME}: replaces module NAME by the file. */
    public String redefine(String file, String name) {
        return run(() -> add(file, name, false));
    }

    /** {@code remove NAME}: removes a module; its symbols become undefined. */
    public String remove(String name) {
        return run(() -> {
            engine.get().remove(name);
            return "removed " + name + "\n";
        });
    }

    /** {@code modules}: name, version and functions of each module, in the order they were added. */
    public String modules() {
        return run(() -> {
            TextTable table = new TextTable("name", "version", "functions");
            for (ModuleInfo module : engine.get().modules()) {
                table.row(module.name(), Integer.toString(module.version()), String.join(",", module.functions()));
            }
            return table.render();
        });
    }

    /** {@code symbols}: every global symbol with the module (and version) defining it and its address. */
    public String symbols() {
        return run(() -> {
            TextTable table = new TextTable("name", "module", "version", "address");
            for (SymbolInfo symbol : engine.get().symbols()) {
                boolean defined = symbol.module() != null;
                table.row(symbol.name(), defined ? symbol.module() : "-", defined ? Integer.toString(symbol.version()) : "-",
                        String.format(Locale.ROOT, "0x%016x", symbol.address()));
            }
            return table.render();
        });
    }

    /** {@code stats}: the engine's compile statistics and its memory in bytes. */
    public String stats() {
        return run(() -> {
            Engine current = engine.get();
            EngineStatistics stats = current.statistics();
            MemoryStatistics memory = current.memory();
            return String.format(Locale.ROOT,
                    "parse_ms=%.3f compile_ms=%.3f link_ms=%.3f functions_compiled=%d ir_instructions=%d code_bytes=%d%n"
                            + "memory reserved=%d committed=%d live=%d retired=%d freed=%d%n",
                    stats.parseNanos() / NANOS_PER_MILLI, stats.compileNanos() / NANOS_PER_MILLI,
                    stats.linkNanos() / NANOS_PER_MILLI, stats.functionsCompiled(), stats.irInstructions(),
                    stats.codeBytes(), memory.reserved(), memory.committed(), memory.live(), memory.retired(),
                    memory.freed());
        });
    }

    private String add(String file, String name, boolean isNew) throws CommandFailure, HotlinkException {
        String text = ModuleFile.read(file);
        Engine current = engine.get();
        if (isNew) {
            current.addModule(name, file, text);
        } else {
            current.redefine(name, file, text);
        }
        ModuleInfo module = current.modules().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElse(new ModuleInfo(name, file, 0, List.of(), List.of()));
        return (isNew ? "added " : "redefined ") + name + " version=" + module.version() + " functions="
                + String.join(",", module.functions()) + "\n";
    }

    /** A command's body: its output, or a typed failure. */
    @FunctionalInterface
    private interface Body {
        String run() throws CommandFailure, HotlinkException;
    }

    private String run(Body body) {
        try {
            return body.run();
        } catch (CommandFailure e) {
            printError(e.getMessage());
        } catch (HotlinkException e) {
            printError(CommandFailure.of(e).getMessage());
        }
        return null;
    }

    private void printError(String message) {
        PrintStream err = errors.get();
        err.println(message);
        err.flush();
    }
}
