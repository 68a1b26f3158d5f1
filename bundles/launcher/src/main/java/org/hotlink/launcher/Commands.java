package org.hotlink.launcher;

import java.util.List;
import java.util.Optional;

/** The subcommands and options of {@code hotlink}; the command-line contract of issue 2. */
public final class Commands {
    public static final String HELP = "--help";
    public static final String VERSION = "--version";
    public static final String EXTRA_MODULE = "--extra-module";
    public static final String LOAD = "--load";
    public static final String STATS = "--stats";
    public static final String ENTRY = "--entry";
    public static final String RECLAMATION = "--reclamation";
    public static final String LAZY = "--lazy";

    public static final CommandSpec RUN = new CommandSpec("run", "MAIN.ll [PROGRAM ARGS...]", 1,
            "compile MAIN.ll (and extra modules) to machine code and run its main",
            List.of(
                    OptionSpec.withValue(EXTRA_MODULE, "FILE", "link another IR module into the program (repeatable)"),
                    OptionSpec.withValue(LOAD, "LIB", "make a shared library's symbols available (repeatable)"),
                    OptionSpec.flag(STATS, "print compile statistics to stderr at exit"),
                    OptionSpec.flag(LAZY, "compile each function on its first call"),
                    OptionSpec.flag(HELP, "print this help to stdout and exit"),
                    OptionSpec.flag(VERSION, "print the version to stdout and exit")));

    public static final CommandSpec LIVE = new CommandSpec("live", "DIR [PROGRAM ARGS...]", 1,
            "run the *.ll modules of DIR; redefine, add or remove them as their files change",
            List.of(
                    OptionSpec.withValue(ENTRY, "NAME", "the function to run, i32 () or i32 (i32, ptr) (default: main)"),
                    OptionSpec.withValue(LOAD, "LIB", "make a shared library's symbols available (repeatable)"),
                    OptionSpec.withValue(RECLAMATION, "POLICY",
                            "when replaced code is freed: quiescent (default, after a grace period) or never"),
                    OptionSpec.flag(LAZY, "compile each function on its first call (also after each redefinition)"),
                    OptionSpec.flag(HELP, "print this help to stdout and exit"),
                    OptionSpec.flag(VERSION, "print the version to stdout and exit")));

    /** In the order {@code --help} lists them. */
    public static final List<CommandSpec> ALL = List.of(RUN, LIVE);

    private Commands() {
    }

    public static Optional<CommandSpec> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
