package org.hotlink.launcher;

/** The usage texts: a short one after a usage error (stderr), the full help for {@code --help} (stdout). */
public final class Usage {
    private Usage() {
    }

    /** Two lines per command at most: what to type. */
    public static String brief() {
        StringBuilder text = new StringBuilder();
        for (CommandSpec command : Commands.ALL) {
            text.append("usage: hotlink ").append(command.name()).append(" [OPTIONS] ").append(command.operands()).append('\n');
        }
        text.append("       hotlink --help | --version\n");
        return text.toString();
    }

    public static String help() {
        StringBuilder text = new StringBuilder();
        text.append("Hotlink: a just-in-time compiler and runtime linker for LLVM IR.\n\n").append(brief());
        for (CommandSpec command : Commands.ALL) {
            text.append('\n').append("hotlink ").append(command.name()).append(": ").append(command.summary()).append('\n');
            text.append("Options (only before ").append(command.operands().split(" ")[0]).append("):\n");
            for (OptionSpec option : command.options()) {
                String left = option.takesValue() ? option.name() + " " + option.valueName() : option.name();
                text.append(String.format(java.util.Locale.ROOT, "  %-22s %s%n", left, option.help()));
            }
        }
        text.append("\nExit status: the program's own, or 2 bad IR or unresolved symbols, 64 usage error,\n")
                .append("66 input file missing or unreadable, 70 internal error (HOTLINK_DEBUG=1 shows details).\n");
        return text.toString();
    }
}
