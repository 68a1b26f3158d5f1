package org.hotlink.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses {@code hotlink COMMAND [OPTIONS] OPERANDS...}. Options come only before the first operand:
 * from the first argument that does not start with {@code -} (or after {@code --}) on, everything is
 * an operand and is kept verbatim, even if it looks like an option. Option values may be given as
 * {@code --load LIB} or {@code --load=LIB}; every option may repeat.
 */
public final class CommandLineParser {
    private static final String END_OF_OPTIONS = "--";

    private CommandLineParser() {
    }

    public static ParsedCommandLine parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("missing command");
        }
        String first = args.get(0);
        if (first.equals(Commands.HELP) || first.equals(Commands.VERSION)) {
            return new ParsedCommandLine(Optional.empty(), Map.of(first, List.of()), List.of());
        }
        if (first.startsWith("-")) {
            throw new UsageException("unknown option '" + first + "'");
        }
        CommandSpec command = Commands.named(first)
                .orElseThrow(() -> new UsageException("unknown command '" + first + "'"));
        return parseCommand(command, args.subList(1, args.size()));
    }

    private static ParsedCommandLine parseCommand(CommandSpec command, List<String> args) throws UsageException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        int i = 0;
        while (i < args.size()) {
            String arg = args.get(i);
            if (arg.equals(END_OF_OPTIONS)) {
                i++;
                break;
            }
            // A lone "-" is an operand by convention (standard input), not an option.
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            OptionSpec spec = command.option(name).orElseThrow(
                    () -> new UsageException("unknown option '" + name + "' for '" + command.name() + "'"));
            String value = null;
            if (spec.takesValue()) {
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException("option '" + name + "' needs a " + spec.valueName());
                }
                if (value.isEmpty()) {
                    throw new UsageException("option '" + name + "' needs a non-empty " + spec.valueName());
                }
            } else if (equals >= 0) {
                throw new UsageException("option '" + name + "' takes no value");
            }
            List<String> values = options.computeIfAbsent(name, n -> new ArrayList<>());
            if (value != null) {
                values.add(value);
            }
            i++;
        }
        List<String> operands = args.subList(i, args.size());
        boolean informational = options.containsKey(Commands.HELP) || options.containsKey(Commands.VERSION);
        if (!informational && operands.size() < command.requiredOperands()) {
            throw new UsageException("'" + command.name() + "' needs " + command.operands());
        }
        return new ParsedCommandLine(Optional.of(command), options, operands);
    }
}
