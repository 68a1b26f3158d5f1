package org.hotlink.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;

/**
 * Puts a run's program into an engine: the main module, then each extra module (module name = file
 * name, made unique; source name = the path as typed), then the libraries, then resolves every symbol.
 */
public final class ProgramModules {
    private ProgramModules() {
    }

    /**
     * @param mode how the modules are compiled: sealed (a program is never redefined, so its calls may be
     *             direct) or lazy
     */
    public static void load(Engine engine, RunRequest request, org.hotlink.engine.CompileMode mode)
            throws HotlinkException, MissingInputException {
        Set<String> moduleNames = new HashSet<>();
        for (String module : request.modules()) {
            engine.addModule(uniqueName(Path.of(module), moduleNames), module, read(module), mode);
        }
        for (String library : request.libraries()) {
            engine.loadLibrary(library);
        }
        engine.resolveAll();
    }

    /** The file name, or the file name with {@code #2}, {@code #3}... when two paths share it. */
    static String uniqueName(Path path, Set<String> taken) {
        String base = path.getFileName().toString();
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "#" + n;
        }
        return name;
    }

    private static String read(String pathAsTyped) throws MissingInputException {
        try {
            // Malformed UTF-8 becomes U+FFFD: clang escapes non-ASCII bytes in IR, so this only touches comments.
            return new String(Files.readAllBytes(Path.of(pathAsTyped)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MissingInputException(pathAsTyped, e.getMessage() == null ? "I/O error" : e.getMessage());
        }
    }
}
