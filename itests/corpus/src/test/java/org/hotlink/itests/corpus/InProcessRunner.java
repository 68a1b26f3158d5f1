package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hotlink.backend.x86.X86Backend;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineFactory;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.impl.JitEngineFactory;
import org.hotlink.linker.impl.InProcessRuntimeLinker;
import org.hotlink.memory.dualmap.DualMapMemoryManager;
import org.hotlink.parser.text.TextIrParser;
import org.hotlink.resolver.impl.ProcessSymbolResolver;
import org.hotlink.verifier.impl.ModuleVerifier;

/**
 * Runs programs through the engine inside this JVM, as {@code hotlink run} would but without a JVM
 * start per program: parsing, verification, compilation and linking happen here (warm), and the
 * program itself runs natively in a forked child ({@link Engine#runMainForked}), so its exit, its
 * crashes and its standard streams stay apart from the test JVM. One fresh engine per program.
 * Errors Hotlink reports are turned into what the command line prints: status 2 and the diagnostic.
 */
final class InProcessRunner implements HotlinkRunner {
    private final EngineFactory factory = new JitEngineFactory(new TextIrParser(), new ModuleVerifier(),
            new InProcessRuntimeLinker(), new ProcessSymbolResolver(), List.of(new X86Backend()),
            List.of(new DualMapMemoryManager()));
    private final Path outputDir;
    private final AtomicLong runs = new AtomicLong();

    InProcessRunner(Path outputDir) {
        this.outputDir = outputDir;
    }

    @Override
    public RunResult run(Path mainLl, List<Path> extraModules, List<String> args, Duration timeout)
            throws IOException {
        Files.createDirectories(outputDir);
        long run = runs.incrementAndGet();
        Path stdout = outputDir.resolve("run-" + run + ".out");
        Path stderr = outputDir.resolve("run-" + run + ".err");
        List<String> argv = new ArrayList<>();
        argv.add(mainLl.toString());
        argv.addAll(args);
        try (Engine engine = factory.createEngine(EngineOptions.defaults())) {
            add(engine, mainLl);
            for (Path extra : extraModules) {
                add(engine, extra);
            }
            int status = engine.runMainForked(argv, null, stdout, stderr, timeout.toMillis());
            return new RunResult(read(stdout), read(stderr), status, status == -1);
        } catch (HotlinkException e) {
            return new RunResult("", e.render() + "\n", 2, false);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static void add(Engine engine, Path module) throws IOException, HotlinkException {
        String name = module.getFileName().toString().replaceFirst("\\.ll$", "");
        // Sealed, as bin/hotlink run adds a program's modules: calls within a module are direct.
        engine.addModule(name, module.toString(), Files.readString(module, StandardCharsets.ISO_8859_1),
                org.hotlink.engine.CompileMode.SEALED);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    }

    @Override
    public String name() {
        return "in-process engine";
    }
}
