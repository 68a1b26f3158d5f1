package org.hotlink.launcher;

import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code hotlink run} was asked to do, with every path as the user typed it.
 *
 * @param mainModule       the IR file holding {@code main}; also the program's argv[0]
 * @param extraModules     more IR modules linked into the same program, in command-line order
 * @param libraries        shared libraries whose symbols are made available, in command-line order
 * @param printStats       print the statistics line at exit
 * @param programArguments argv[1..] of the program, verbatim
 * @param lazy             compile each function on its first call ({@code --lazy}); otherwise as configured
 */
public record RunRequest(String mainModule, List<String> extraModules, List<String> libraries, boolean printStats,
                         List<String> programArguments, boolean lazy) {
    /** Without {@code --lazy}. */
    public RunRequest(String mainModule, List<String> extraModules, List<String> libraries, boolean printStats,
                      List<String> programArguments) {
        this(mainModule, extraModules, libraries, printStats, programArguments, false);
    }

    public RunRequest {
        extraModules = List.copyOf(extraModules);
        libraries = List.copyOf(libraries);
        programArguments = List.copyOf(programArguments);
    }

    public static RunRequest from(ParsedCommandLine line) {
        List<String> operands = line.operands();
        return new RunRequest(operands.get(0), line.values(Commands.EXTRA_MODULE), line.values(Commands.LOAD),
                line.has(Commands.STATS), operands.subList(1, operands.size()), line.has(Commands.LAZY));
    }

    /** The program's argv: the main module as typed, then the program arguments. */
    public List<String> argv() {
        return Stream.concat(Stream.of(mainModule), programArguments.stream()).toList();
    }

    /** The IR modules in the order they are added to the engine: main first. */
    public List<String> modules() {
        return Stream.concat(Stream.of(mainModule), extraModules.stream()).toList();
    }
}
