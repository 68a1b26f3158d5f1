package org.hotlink.launcher;

/**
 * One command-line option of a subcommand.
 *
 * @param name      with its dashes, such as {@code --load}
 * @param valueName placeholder of its value in the usage (such as {@code LIB}), or null for a flag
 * @param help      one line for {@code --help}
 */
public record OptionSpec(String name, String valueName, String help) {
    public static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, null, help);
    }

    public static OptionSpec withValue(String name, String valueName, String help) {
        return new OptionSpec(name, valueName, help);
    }

    public boolean takesValue() {
        return valueName != null;
    }
}
