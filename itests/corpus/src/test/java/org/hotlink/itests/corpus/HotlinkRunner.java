package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs LLVM IR modules through Hotlink (or a stand-in such as lli) the way {@code hotlink run} does.
 * Implementations must be safe to call from one test thread at a time; they may start processes.
 */
public interface HotlinkRunner {

    /**
     * Links {@code mainLl} with {@code extraModules}, runs its {@code main} with {@code args}
     * (argv[1..]) and stdin closed, and reports stdout, stderr and the exit status.
     *
     * @throws IOException if the runner itself cannot be started (for example a missing launcher)
     */
    RunResult run(Path mainLl, List<Path> extraModules, List<String> args, Duration timeout)
            throws IOException;

    /** A short name for messages and summaries, such as "bin/hotlink" or "lli-19". */
    String name();
}
