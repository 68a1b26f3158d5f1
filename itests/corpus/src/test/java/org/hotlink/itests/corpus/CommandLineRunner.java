package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs programs through the launcher script: {@code <home>/bin/hotlink run [--extra-module F]... MAIN.ll ARGS...}.
 * The home folder comes from the system property {@code hotlink.home} (set by the module's pom to the
 * repository root), defaulting to {@code ../..} from the working directory.
 */
public final class CommandLineRunner implements HotlinkRunner {

    private final Path launcher;
    private final Path workDir;
    private final boolean lazy;

    /** Creates a runner for the launcher {@code home/bin/hotlink}, running programs in {@code workDir}. */
    public CommandLineRunner(Path home, Path workDir) {
        this(home, workDir, false);
    }

    /** @param lazy pass {@code --lazy}: every function compiled on its first call */
    public CommandLineRunner(Path home, Path workDir, boolean lazy) {
        this.launcher = home.resolve("bin").resolve("hotlink").toAbsolutePath().normalize();
        this.workDir = workDir;
        this.lazy = lazy;
    }

    /** Creates a runner from the {@code hotlink.home} and {@code corpus.lazy} system properties. */
    public static CommandLineRunner fromSystemProperties(Path workDir) {
        return new CommandLineRunner(Path.of(System.getProperty("hotlink.home", "../..")), workDir,
                Boolean.getBoolean("corpus.lazy"));
    }

    @Override
    public RunResult run(Path mainLl, List<Path> extraModules, List<String> args, Duration timeout)
            throws IOException {
        if (!Files.isExecutable(launcher)) {
            throw new IOException("Hotlink launcher not found or not executable: " + launcher
                    + " (build it first, or set -Dhotlink.home)");
        }
        return ProcessExecutor.execute(commandLine(mainLl, extraModules, args), workDir, timeout);
    }

    /** Returns the exact command line used for one run. */
    List<String> commandLine(Path mainLl, List<Path> extraModules, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.add("run");
        if (lazy) {
            command.add("--lazy");
        }
        for (Path module : extraModules) {
            command.add("--extra-module");
            command.add(module.toString());
        }
        command.add(mainLl.toString());
        command.addAll(args);
        return command;
    }

    @Override
    public String name() {
        return lazy ? "bin/hotlink --lazy" : "bin/hotlink";
    }
}
