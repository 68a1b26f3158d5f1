package org.hotlink.itests.hotswap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of these test sources in a child JVM with this JVM's java and class path, for
 * behaviour that ends the process (an abort). Output goes to files, so a full pipe cannot block it.
 */
final class ChildJvm {
    /** How a child ended: its exit status (-1 when it was killed for running too long) and its output. */
    record Outcome(int status, String stdout, String stderr) {
        String describe() {
            return "status " + status + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    private ChildJvm() {
    }

    static Outcome run(Class<?> mainClass, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(ClangIr.buildDir().resolve("child-jvm"));
        Path stdout = Files.createTempFile(dir, mainClass.getSimpleName(), ".out");
        Path stderr = Files.createTempFile(dir, mainClass.getSimpleName(), ".err");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-XX:-CreateCoredumpOnCrash"); // an abort is expected: no core file
        command.add("-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log")); // a crash report, if any, in target/
        String jnaTmp = System.getProperty("jna.tmpdir");
        if (jnaTmp != null) {
            command.add("-Djna.tmpdir=" + jnaTmp);
        }
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        int status;
        if (child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            status = child.exitValue();
        } else {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            status = -1;
        }
        return new Outcome(status, Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** Surefire may start the test JVM from a manifest-only jar; its real test class path is then in a property. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isEmpty() ? surefire : System.getProperty("java.class.path");
    }
}
