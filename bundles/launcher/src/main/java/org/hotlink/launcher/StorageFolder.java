package org.hotlink.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The framework's private storage for one run: {@code hotlink-felix-PID} under java.io.tmpdir.
 * A program may end the process natively (no JVM shutdown hooks), so folders left by processes
 * that no longer exist are removed at the next start.
 */
public final class StorageFolder {
    static final String PREFIX = "hotlink-felix-";
    private final Path path;

    private StorageFolder(Path path) {
        this.path = path;
    }

    public static StorageFolder create(Path parent) throws LauncherException {
        removeStale(parent);
        Path path = parent.resolve(PREFIX + ProcessHandle.current().pid());
        try {
            deleteRecursively(path);
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new LauncherException("cannot create framework storage " + path + ": " + e.getMessage(), e);
        }
        return new StorageFolder(path);
    }

    public Path path() {
        return path;
    }

    /** Best effort: a folder left behind is removed by a later run. */
    public void deleteQuietly() {
        try {
            deleteRecursively(path);
        } catch (IOException | RuntimeException ignored) {
            // Left for removeStale.
        }
    }

    static void removeStale(Path parent) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path folder : folders) {
                if (!isOwnerAlive(folder.getFileName().toString().substring(PREFIX.length()))) {
                    deleteRecursively(folder);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Another user's folder, or one being removed concurrently: not ours to worry about.
        }
    }

    private static boolean isOwnerAlive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
