package org.hotlink.shell.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An IR file named in a shell command: its text, and the module name it gets when none is given. */
final class ModuleFile {
    private ModuleFile() {
    }

    /** The file name without its directory and without a trailing {@code .ll}: {@code /x/synth.ll} is {@code synth}. */
    static String defaultModuleName(String file) throws CommandFailure {
        Path name = path(file).getFileName();
        if (name == null) {
            throw CommandFailure.cannotRead(file, "not a file name");
        }
        String text = name.toString();
        return text.endsWith(".ll") && text.length() > 3 ? text.substring(0, text.length() - 3) : text;
    }

    /** The file's text (UTF-8; malformed bytes, which clang only leaves in comments, become U+FFFD). */
    static String read(String file) throws CommandFailure {
        try {
            return new String(Files.readAllBytes(path(file)), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CommandFailure.cannotRead(file, "No such file or directory");
        } catch (IOException e) {
            throw CommandFailure.cannotRead(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static Path path(String file) throws CommandFailure {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw CommandFailure.cannotRead(file, e.getReason());
        }
    }
}
