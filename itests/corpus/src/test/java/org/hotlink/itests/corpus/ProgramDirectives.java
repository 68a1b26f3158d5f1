package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Directives written in a corpus source as comments, {@code // corpus: KEY VALUE...} in C and
 * {@code ; corpus: KEY VALUE...} in IR:
 * <ul>
 * <li>{@code args A B C}: the program's fixed arguments (argv[1..]);</li>
 * <li>{@code extra-module FILE}: a sibling source compiled to its own module and linked in;</li>
 * <li>{@code library}: this file is only an extra module of another program, never run alone.</li>
 * </ul>
 */
record ProgramDirectives(List<String> args, List<String> extraModules, boolean library) {

    private static final String PREFIX = "corpus:";

    /** Reads the directives of {@code source}; unknown keys are an error, so typos cannot hide. */
    static ProgramDirectives read(Path source) throws IOException {
        return parse(source.getFileName().toString(), Files.readAllLines(source));
    }

    static ProgramDirectives parse(String fileName, List<String> lines) {
        List<String> args = new ArrayList<>();
        List<String> extraModules = new ArrayList<>();
        boolean library = false;
        for (String line : lines) {
            String text = line.strip();
            text = text.startsWith("//") ? text.substring(2).strip()
                    : text.startsWith(";") ? text.substring(1).strip() : "";
            if (!text.startsWith(PREFIX)) {
                continue;
            }
            List<String> words = Arrays.asList(text.substring(PREFIX.length()).strip().split("\\s+"));
            List<String> values = words.subList(1, words.size());
            switch (words.get(0)) {
                case "args" -> args.addAll(values);
                case "extra-module" -> extraModules.addAll(values);
                case "library" -> library = true;
                default -> throw new IllegalArgumentException(
                        fileName + ": unknown corpus directive '" + words.get(0) + "' in: " + line);
            }
        }
        return new ProgramDirectives(args, extraModules, library);
    }
}
