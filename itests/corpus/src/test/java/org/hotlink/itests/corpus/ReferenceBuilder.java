package org.hotlink.itests.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds one (program, level): C sources to IR with {@code clang-19 -S -emit-llvm}, then the native
 * reference executable from the SAME IR files with {@code clang-19 X.ll ... -lm}, then runs it once
 * with the program's arguments and stdin closed. Everything lands in a cache folder named by a hash
 * of the sources, flags and arguments, so an unchanged program is never rebuilt or rerun.
 * A cache entry counts only once its "done" marker exists, so interrupted builds are redone.
 */
final class ReferenceBuilder {

    static final String CLANG = "clang-19";
    private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(2);
    private static final String CACHE_FORMAT = "reference-v1";

    private final Path cacheRoot;
    private final Duration nativeTimeout;
    private final StageClock clock;

    ReferenceBuilder(Path cacheRoot, Duration nativeTimeout, StageClock clock) {
        this.cacheRoot = cacheRoot;
        this.nativeTimeout = nativeTimeout;
        this.clock = clock;
    }

    /** Builds (or finds in the cache) {@code program} at {@code level}. */
    BuiltProgram build(CorpusProgram program, OptLevel level) throws IOException {
        Path dir = cacheRoot.resolve(program.name().replace('/', '_') + "-" + level.name() + "-" + hash(program, level));
        List<Path> sources = new ArrayList<>();
        sources.add(program.mainSource());
        sources.addAll(program.extraSources());
        List<Path> modules = sources.stream().map(s -> dir.resolve(irName(s))).toList();
        Path nativeExe = dir.resolve("native");
        Path done = dir.resolve("done");
        if (!Files.exists(done)) {
            Files.createDirectories(dir);
            for (int i = 0; i < sources.size(); i++) {
                compileToIr(program, level, sources.get(i), modules.get(i), dir);
            }
            List<String> link = new ArrayList<>(List.of(CLANG, "-w"));
            modules.forEach(m -> link.add(m.toString()));
            link.addAll(List.of("-o", nativeExe.toString(), "-lm"));
            clock.time("clang native", () -> ProcessExecutor.executeChecked(link, dir, COMPILE_TIMEOUT));
            List<String> run = new ArrayList<>(List.of(nativeExe.toString()));
            run.addAll(program.args());
            RunResult result = clock.time("native run", () -> ProcessExecutor.execute(run, dir, nativeTimeout));
            if (result.timedOut()) {
                throw new IOException(program.name() + " " + level.label() + ": native reference timed out after "
                        + nativeTimeout.toSeconds() + " s; a corpus program must finish quickly");
            }
            Files.writeString(dir.resolve("native.stdout"), result.stdout(), StandardCharsets.ISO_8859_1);
            Files.writeString(dir.resolve("native.exit"), Integer.toString(result.exitCode()));
            Files.writeString(done, "");
        }
        RunResult reference = new RunResult(
                Files.readString(dir.resolve("native.stdout"), StandardCharsets.ISO_8859_1), "",
                Integer.parseInt(Files.readString(dir.resolve("native.exit")).strip()), false);
        return new BuiltProgram(program, level, modules.get(0), modules.subList(1, modules.size()), reference);
    }

    private void compileToIr(CorpusProgram program, OptLevel level, Path source, Path module, Path dir)
            throws IOException {
        if (program.kind() == SourceKind.LLVM_IR) {
            Files.copy(source, module, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        List<String> command = new ArrayList<>(List.of(CLANG, "-S", "-emit-llvm"));
        command.addAll(level.clangFlags());
        command.addAll(program.clangFlags());
        command.addAll(List.of("-o", module.toString(), source.toString()));
        clock.time("clang IR", () -> ProcessExecutor.executeChecked(command, dir, COMPILE_TIMEOUT));
    }

    private static String irName(Path source) {
        String name = source.getFileName().toString();
        return name.endsWith(".ll") ? name : name.substring(0, name.lastIndexOf('.')) + ".ll";
    }

    private static String hash(CorpusProgram program, OptLevel level) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, CACHE_FORMAT);
            update(digest, String.join(" ", level.clangFlags()));
            update(digest, String.join(" ", program.clangFlags()));
            update(digest, String.join("\0", program.args()));
            List<Path> sources = new ArrayList<>();
            sources.add(program.mainSource());
            sources.addAll(program.extraSources());
            for (Path source : sources) {
                update(digest, source.getFileName().toString());
                digest.update(Files.readAllBytes(source));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
