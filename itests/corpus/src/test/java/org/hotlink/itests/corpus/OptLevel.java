package org.hotlink.itests.corpus;

import java.util.List;

/** The clang optimisation settings under which every corpus program is compiled to IR. */
enum OptLevel {
    O0("-O0", List.of("-O0")),
    O1("-O1", List.of("-O1")),
    O2("-O2", List.of("-O2", "-fno-vectorize", "-fno-slp-vectorize")),
    O0_DEBUG("-O0 -g", List.of("-O0", "-g")),
    /** A hand-written .ll file, run as it is. */
    AS_WRITTEN("as written", List.of());

    private final String label;
    private final List<String> clangFlags;

    OptLevel(String label, List<String> clangFlags) {
        this.label = label;
        this.clangFlags = clangFlags;
    }

    /** The levels every C program of the corpus is compiled at. */
    static List<OptLevel> forCorpus() {
        return List.of(O0, O1, O2, O0_DEBUG);
    }

    /** The levels every csmith seed is compiled at. */
    static List<OptLevel> forCsmith() {
        return List.of(O0, O2);
    }

    String label() {
        return label;
    }

    List<String> clangFlags() {
        return clangFlags;
    }
}
