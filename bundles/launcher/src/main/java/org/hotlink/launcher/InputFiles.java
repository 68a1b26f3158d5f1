package org.hotlink.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the files of a run before anything slow starts, so a typo costs no framework start-up. */
public final class InputFiles {
    private InputFiles() {
    }

    public static void checkReadable(RunRequest request) throws MissingInputException {
        for (String module : request.modules()) {
            checkFile(module);
        }
        for (String library : request.libraries()) {
            // A bare name such as libm.so.6 is found by the dynamic loader's search path, not here.
            if (library.contains("/")) {
                checkFile(library);
            }
        }
    }

    static void checkFile(String pathAsTyped) throws MissingInputException {
        Path path = Path.of(pathAsTyped);
        if (!Files.exists(path)) {
            throw new MissingInputException(pathAsTyped, "No such file or directory");
        }
        if (Files.isDirectory(path)) {
            throw new MissingInputException(pathAsTyped, "Is a directory");
        }
        if (!Files.isReadable(path)) {
            throw new MissingInputException(pathAsTyped, "Permission denied");
        }
    }
}
