package org.hotlink.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the folder and libraries of {@code hotlink live} before the framework starts (status 66 when wrong). */
final class LiveInputs {
    private LiveInputs() {
    }

    static void checkReadable(LiveRequest request) throws MissingInputException {
        Path directory = Path.of(request.directory());
        if (!Files.exists(directory)) {
            throw new MissingInputException(request.directory(), "No such file or directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new MissingInputException(request.directory(), "Not a directory");
        }
        if (!Files.isReadable(directory) || !Files.isExecutable(directory)) {
            throw new MissingInputException(request.directory(), "Permission denied");
        }
        for (String library : request.libraries()) {
            // A bare name such as libm.so.6 is found by the dynamic loader's search path, not here.
            if (library.contains("/")) {
                InputFiles.checkFile(library);
            }
        }
    }
}
