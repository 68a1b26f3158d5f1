package org.hotlink.itests.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts in textual IR, independently of Hotlink: defined functions ({@code define} lines) and instructions
 * (lines inside function bodies that are not blank, comments, labels, {@code #dbg_} records or the closing
 * brace; a {@code switch} spread over several lines up to the line starting with {@code ]} is one instruction).
 */
record IrCount(int definedFunctions, int instructions) {

    private static final Pattern LABEL = Pattern.compile("^([-a-zA-Z$._0-9]+|\"[^\"]*\"):(\\s.*)?$");

    /** Counts the IR file {@code ll}. */
    static IrCount of(Path ll) {
        try {
            return of(Files.readAllLines(ll));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the lines of one IR module. */
    static IrCount of(List<String> lines) {
        int functions = 0;
        int instructions = 0;
        boolean inBody = false;
        boolean inSwitchTable = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (!inBody) {
                if (line.startsWith("define ")) {
                    functions++;
                    inBody = line.endsWith("{");
                }
                continue;
            }
            if (inSwitchTable) {
                inSwitchTable = !line.startsWith("]");
                continue;
            }
            if (line.equals("}")) {
                inBody = false;
            } else if (!line.isEmpty() && !line.startsWith(";") && !line.startsWith("#dbg_")
                    && !LABEL.matcher(line).matches()) {
                instructions++;
                inSwitchTable = line.endsWith("[");
            }
        }
        return new IrCount(functions, instructions);
    }

    /** The sum of this count and {@code other} (several modules of one program). */
    IrCount plus(IrCount other) {
        return new IrCount(definedFunctions + other.definedFunctions, instructions + other.instructions);
    }
}
