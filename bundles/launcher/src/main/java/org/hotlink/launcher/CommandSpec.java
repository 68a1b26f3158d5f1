package org.hotlink.launcher;

import java.util.List;
import java.util.Optional;

/**
 * A subcommand of {@code hotlink}: its name, what follows the options, and the options it accepts.
 * Adding a subcommand or an option is adding data here and in {@link Commands}; the parser is generic.
 *
 * @param operands usage text of the operands, such as {@code MAIN.ll [PROGRAM ARGS...]}
 * @param requiredOperands how many operands must follow the options
 */
public record CommandSpec(String name, String operands, int requiredOperands, String summary, List<OptionSpec> options) {
    public CommandSpec {
        options = List.copyOf(options);
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }
}
