package org.hotlink.itests.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference side of every comparison: clang-19 turns the C sources of {@code src/test/resources/c} into
 * IR at test time, the same IR becomes a native executable, and the native run gives the expected output.
 * A missing tool fails the test that needs it; nothing is skipped.
 */
final class NativeToolchain {

    /** The clang that makes IR and native executables; the IR is what bin/hotlink runs. */
    static final String CLANG = "clang-19";

    private static final Duration BUILD_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration NATIVE_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger NATIVE_RUNS = new AtomicInteger();
    private static final Map<String, Path> BUILT = new HashMap<>();

    private NativeToolchain() {
    }

    /** {@code src/test/resources} of this module. */
    static Path sources() {
        return Path.of(requiredProperty("hotlink.cli.sources"));
    }

    /** {@code target/cli-build}: IR, executables and libraries built by the tests. */
    static Path buildDir() {
        Path dir = Path.of(requiredProperty("hotlink.cli.builddir"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The C source {@code c/NAME.c}. */
    static Path cSource(String name) {
        return existing(sources().resolve("c").resolve(name + ".c"));
    }

    /** The hand-written IR file {@code ll/NAME.ll}. */
    static Path handWrittenIr(String name) {
        return existing(sources().resolve("ll").resolve(name + ".ll"));
    }

    /** IR for {@code c/NAME.c} at -O0, built once per test JVM. */
    static Path ir(String name) {
        return ir(name, "-O0");
    }

    /** IR for {@code c/NAME.c} built by {@code clang-19 -S -emit-llvm FLAGS}, once per test JVM and flags. */
    static synchronized Path ir(String name, String... flags) {
        String tag = String.join("", flags).replaceAll("[^A-Za-z0-9]", "");
        String key = "ir:" + name + ":" + String.join(" ", flags);
        Path out = buildDir().resolve(name + "-" + tag + ".ll");
        return BUILT.computeIfAbsent(key, k -> {
            List<String> command = new ArrayList<>(List.of(CLANG, "-S", "-emit-llvm"));
            command.addAll(List.of(flags));
            command.addAll(List.of(cSource(name).toString(), "-o", out.toString()));
            build(command);
            return out;
        });
    }

    /** A native executable linked by clang-19 from {@code modules} (IR files) and {@code linkArgs}, plus -lm. */
    static synchronized Path nativeExecutable(String name, List<Path> modules, String... linkArgs) {
        String key = "exe:" + name + ":" + modules + ":" + String.join(" ", linkArgs);
        Path out = buildDir().resolve(name + ".native");
        return BUILT.computeIfAbsent(key, k -> {
            List<String> command = new ArrayList<>(List.of(CLANG, "-o", out.toString()));
            modules.forEach(m -> command.add(m.toString()));
            command.addAll(List.of(linkArgs));
            command.add("-lm");
            build(command);
            return out;
        });
    }

    /** A native executable of the single IR file {@code module}. */
    static Path nativeExecutable(String name, Path module) {
        return nativeExecutable(name, List.of(module));
    }

    /** The shared library {@code libNAME.so} built from {@code c/NAME.c} by {@code cc -shared -fPIC}. */
    static synchronized Path sharedLibrary(String name) {
        Path out = buildDir().resolve("lib" + name + ".so");
        return BUILT.computeIfAbsent("so:" + name, k -> {
            build(List.of("cc", "-shared", "-fPIC", "-o", out.toString(), cSource(name).toString()));
            return out;
        });
    }

    /** A runner of the native executable {@code exe} with {@code args}, counted as a native reference run. */
    static CommandRunner nativeCommand(Path exe, String... args) {
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(List.of(args));
        return CommandRunner.of(command).timeout(NATIVE_TIMEOUT);
    }

    /** Runs a native reference command and counts it. */
    static ProcessOutcome runNative(CommandRunner runner) {
        NATIVE_RUNS.incrementAndGet();
        return runner.execute();
    }

    /** Runs the native executable {@code exe} with {@code args} in {@code dir}, stdin /dev/null. */
    static ProcessOutcome runNative(Path exe, Path dir, String... args) {
        return runNative(nativeCommand(exe, args).in(dir));
    }

    /** Native reference runs made in this JVM so far. */
    static int nativeRunCount() {
        return NATIVE_RUNS.get();
    }

    /** Copies {@code file} to {@code dir/relative} (creating directories) and returns the copy. */
    static Path copy(Path file, Path dir, String relative) {
        try {
            Path target = dir.resolve(relative);
            Files.createDirectories(target.getParent());
            return Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void build(List<String> command) {
        ProcessOutcome outcome;
        try {
            outcome = CommandRunner.of(command).timeout(BUILD_TIMEOUT).execute();
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("build tool missing: " + command.get(0)
                    + " (install it with scripts/install-test-tools.sh)", e);
        }
        if (outcome.timedOut() || outcome.exitStatus() != 0) {
            throw new IllegalStateException("expected the build step to succeed:" + outcome.describe());
        }
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("expected test source " + file);
        }
        return file;
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set (run through Maven)");
        }
        return value;
    }
}
