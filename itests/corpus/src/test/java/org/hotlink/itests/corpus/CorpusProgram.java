package org.hotlink.itests.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One program of the corpus: a main source, the sources linked with it (each its own IR module,
 * passed to Hotlink with {@code --extra-module}), its fixed arguments and extra clang flags.
 *
 * @param name         unique name used in test names and cache folders, e.g. "qsort_structs"
 * @param kind         C source or hand-written IR
 * @param mainSource   the file that defines {@code main}
 * @param extraSources further modules linked into the same program
 * @param args         argv[1..] of every run, native and Hotlink alike
 * @param clangFlags   extra flags for clang-19 when compiling C, such as csmith's include path
 */
record CorpusProgram(String name, SourceKind kind, Path mainSource, List<Path> extraSources, List<String> args,
                     List<String> clangFlags) {

    CorpusProgram {
        extraSources = List.copyOf(extraSources);
        args = List.copyOf(args);
        clangFlags = List.copyOf(clangFlags);
    }

    /** The levels this program is built and compared at. */
    List<OptLevel> levels() {
        return kind == SourceKind.LLVM_IR ? List.of(OptLevel.AS_WRITTEN) : OptLevel.forCorpus();
    }
}
