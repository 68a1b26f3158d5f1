package org.hotlink.itests.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the corpus programs: C files under src/test/c and hand-written IR under src/test/ll. */
final class CorpusCatalog {

    private CorpusCatalog() {
    }

    /** The module's base folder, from the {@code corpus.basedir} system property set by the pom. */
    static Path moduleDir() {
        return Path.of(System.getProperty("corpus.basedir", ".")).toAbsolutePath().normalize();
    }

    /** The folder for generated files, from {@code corpus.builddir} (default target/). */
    static Path buildDir() {
        return Path.of(System.getProperty("corpus.builddir", moduleDir().resolve("target").toString()))
                .toAbsolutePath().normalize();
    }

    /**
     * All runnable programs, sorted by name; when the system property {@code corpus.filter} holds a
     * regular expression, only programs whose name contains a match (for quick runs while developing).
     */
    static List<CorpusProgram> programs() {
        Path testDir = moduleDir().resolve("src").resolve("test");
        List<CorpusProgram> programs = new ArrayList<>();
        programs.addAll(scan(testDir.resolve("c"), ".c", SourceKind.C));
        programs.addAll(scan(testDir.resolve("ll"), ".ll", SourceKind.LLVM_IR));
        String filter = System.getProperty("corpus.filter", "");
        Pattern pattern = Pattern.compile(filter);
        return programs.stream().filter(p -> filter.isEmpty() || pattern.matcher(p.name()).find())
                .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    private static List<CorpusProgram> scan(Path dir, String extension, SourceKind kind) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("corpus folder missing: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<CorpusProgram> programs = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList()) {
                ProgramDirectives directives = ProgramDirectives.read(file);
                if (directives.library()) {
                    continue;
                }
                List<Path> extras = directives.extraModules().stream().map(dir::resolve).toList();
                for (Path extra : extras) {
                    if (!Files.isRegularFile(extra)) {
                        throw new IllegalStateException(file + ": extra module not found: " + extra);
                    }
                }
                String name = file.getFileName().toString();
                String base = name.substring(0, name.length() - extension.length());
                String programName = kind == SourceKind.LLVM_IR ? base + ".ll" : base;
                programs.add(new CorpusProgram(programName, kind, file, extras, directives.args(), List.of()));
            }
            return programs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
