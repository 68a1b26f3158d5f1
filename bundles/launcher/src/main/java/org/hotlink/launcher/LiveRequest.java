package org.hotlink.launcher;

import java.util.List;
import java.util.stream.Stream;
import org.hotlink.engine.ReclamationPolicy;

/**
 * What {@code hotlink live} was asked to do, with every path as the user typed it.
 *
 * @param directory        the folder whose {@code *.ll} files are the program's modules; also argv[0]
 * @param entry            the function to run, without a leading {@code @}
 * @param libraries        shared libraries whose symbols are made available, in command-line order
 * @param programArguments argv[1..] of the program, verbatim
 * @param reclamation      when replaced code is freed ({@code --reclamation})
 * @param lazy             compile each function on its first call ({@code --lazy}); otherwise as configured
 */
public record LiveRequest(String directory, String entry, List<String> libraries, List<String> programArguments,
                          ReclamationPolicy reclamation, boolean lazy) {
    /** The entry run when {@code --entry} is not given. */
    public static final String DEFAULT_ENTRY = "main";

    /** With quiescent-state reclamation, the default. */
    public LiveRequest(String directory, String entry, List<String> libraries, List<String> programArguments) {
        this(directory, entry, libraries, programArguments, ReclamationPolicy.QUIESCENT, false);
    }

    public LiveRequest {
        libraries = List.copyOf(libraries);
        programArguments = List.copyOf(programArguments);
    }

    /** @throws UsageException when {@code --entry} is given more than once */
    public static LiveRequest from(ParsedCommandLine line) throws UsageException {
        List<String> operands = line.operands();
        List<String> entries = line.values(Commands.ENTRY);
        if (entries.size() > 1) {
            throw new UsageException("option '" + Commands.ENTRY + "' may be given once");
        }
        String entry = entries.isEmpty() ? DEFAULT_ENTRY : entries.get(0);
        // "@main" is how IR spells the name; accept it as a convenience.
        if (entry.startsWith("@")) {
            entry = entry.substring(1);
        }
        if (entry.isEmpty()) {
            throw new UsageException("option '" + Commands.ENTRY + "' needs a function name");
        }
        return new LiveRequest(operands.get(0), entry, line.values(Commands.LOAD), operands.subList(1, operands.size()),
                reclamation(line.values(Commands.RECLAMATION)), line.has(Commands.LAZY));
    }

    private static ReclamationPolicy reclamation(List<String> values) throws UsageException {
        if (values.size() > 1) {
            throw new UsageException("option '" + Commands.RECLAMATION + "' may be given once");
        }
        if (values.isEmpty()) {
            return ReclamationPolicy.QUIESCENT;
        }
        return switch (values.get(0)) {
            case "quiescent" -> ReclamationPolicy.QUIESCENT;
            case "never" -> ReclamationPolicy.NEVER;
            default -> throw new UsageException("option '" + Commands.RECLAMATION + "' takes 'quiescent' or 'never', not '"
                    + values.get(0) + "'");
        };
    }

    /** The program's argv: the folder as typed, then the program arguments. */
    public List<String> argv() {
        return Stream.concat(Stream.of(directory), programArguments.stream()).toList();
    }
}
