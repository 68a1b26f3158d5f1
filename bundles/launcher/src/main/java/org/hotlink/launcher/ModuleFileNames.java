package org.hotlink.launcher;

import java.util.Optional;

/**
 * Which files of a live folder are modules: {@code NAME.ll}, module name {@code NAME}. Hidden files and
 * the temporaries editors write next to the file they save are never modules, even when they end in
 * {@code .ll}: Emacs locks ({@code .#a.ll}) and backups ({@code a.ll~}, {@code #a.ll#}), Vim swap files
 * ({@code .a.ll.swp}) and its write probe {@code 4913}.
 */
final class ModuleFileNames {
    static final String SUFFIX = ".ll";
    private static final String VIM_WRITE_PROBE = "4913";

    private ModuleFileNames() {
    }

    /** The module a file name holds, or empty when the file is not a module. */
    static Optional<String> moduleName(String fileName) {
        if (fileName.startsWith(".") || fileName.startsWith("#") || fileName.endsWith("~")
                || fileName.equals(VIM_WRITE_PROBE) || !fileName.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String name = fileName.substring(0, fileName.length() - SUFFIX.length());
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    static boolean isModule(String fileName) {
        return moduleName(fileName).isPresent();
    }
}
