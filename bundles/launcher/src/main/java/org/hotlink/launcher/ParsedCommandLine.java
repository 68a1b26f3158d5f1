package org.hotlink.launcher;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command line split into its subcommand, its options (in the order given, values kept per option)
 * and its operands (the first file and everything after it, verbatim).
 *
 * @param command the subcommand, empty for {@code hotlink --help} and {@code hotlink --version}
 */
public record ParsedCommandLine(Optional<CommandSpec> command, Map<String, List<String>> options, List<String> operands) {
    public ParsedCommandLine {
        options = Map.copyOf(options);
        operands = List.copyOf(operands);
    }

    public boolean has(String optionName) {
        return options.containsKey(optionName);
    }

    /** Values of a repeatable option in command-line order; empty if it was not given. */
    public List<String> values(String optionName) {
        return options.getOrDefault(optionName, List.of());
    }
}
