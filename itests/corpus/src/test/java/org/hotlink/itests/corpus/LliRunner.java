package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for Hotlink that runs the IR with LLVM's own {@code lli-19}; used only to test the harness
 * (a correct runner must pass the corpus comparisons), never to produce expected results.
 */
final class LliRunner implements HotlinkRunner {

    static final String LLI = "lli-19";

    private final Path workDir;

    LliRunner(Path workDir) {
        this.workDir = workDir;
    }

    @Override
    public RunResult run(Path mainLl, List<Path> extraModules, List<String> args, Duration timeout)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(LLI));
        extraModules.forEach(m -> command.add("-extra-module=" + m));
        command.add(mainLl.toString());
        command.addAll(args);
        return ProcessExecutor.execute(command, workDir, timeout);
    }

    @Override
    public String name() {
        return LLI;
    }
}
