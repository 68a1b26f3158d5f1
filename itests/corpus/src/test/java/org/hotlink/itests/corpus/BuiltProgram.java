package org.hotlink.itests.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus program compiled at one level: its IR modules and the reference result of the native
 * executable that clang-19 built from exactly these modules.
 */
record BuiltProgram(CorpusProgram program, OptLevel level, Path mainLl, List<Path> extraLls, RunResult nativeResult) {

    BuiltProgram {
        extraLls = List.copyOf(extraLls);
    }

    /** All IR modules of the program, main module first. */
    List<Path> allModules() {
        return Stream.concat(Stream.of(mainLl), extraLls.stream()).toList();
    }

    /** The name of the dynamic test comparing this build, e.g. "sieve -O2". */
    String testName() {
        return program.name() + " " + level.label();
    }
}
