package org.hotlink.launcher;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Follows one folder (not its subfolders) with a {@link WatchService} and hands out changes in batches:
 * after the first event, events are collected until none arrived for a quiet period, so that the
 * several events of one save (truncate, writes, or a write to a temporary name and a rename) become one
 * change per file. Saving by rename shows up as a creation of the target name.
 *
 * <p>When the watch service's queue overflows, events are lost; the watcher then reports every name the
 * folder held as far as earlier events told, and every name it holds now, so that lost creations,
 * changes and deletions are all looked at again.
 *
 * <p>Not thread-safe; used by the one thread that follows the folder.
 */
final class DirectoryWatcher implements AutoCloseable {
    /** A batch ends after this long even while events keep coming, so a file written without pause cannot starve the others. */
    private static final Duration MAX_BATCH = Duration.ofMillis(500);

    private final Path directory;
    private final WatchService service;
    private final Duration quietPeriod;
    /** The file names the folder holds as far as events told: reported again after lost events. */
    private final Set<String> namesPresent = new HashSet<>();

    private DirectoryWatcher(Path directory, WatchService service, Duration quietPeriod) {
        this.directory = directory;
        this.service = service;
        this.quietPeriod = quietPeriod;
    }

    /** Starts watching; changes from now on are reported, even those made while the caller reads the folder. */
    static DirectoryWatcher open(Path directory, Duration quietPeriod) throws IOException {
        WatchService service = directory.getFileSystem().newWatchService();
        try {
            directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            DirectoryWatcher watcher = new DirectoryWatcher(directory, service, quietPeriod);
            watcher.namesPresent.addAll(watcher.listNames());
            return watcher;
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /**
     * Waits up to {@code timeout} for a change, then collects changes until the folder is quiet. Changes are
     * in the order they were first seen; empty when nothing changed in time. After lost events (the
     * watch service's queue overflowed), every known and every present file is reported as changed.
     *
     * @throws WatchEndedException when the folder can no longer be watched
     */
    List<FileChange> awaitChanges(Duration timeout) throws InterruptedException, WatchEndedException {
        Map<String, FileChange> changes = new LinkedHashMap<>();
        try {
            WatchKey key = service.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            long batchStart = System.nanoTime();
            while (key != null) {
                collect(key, changes);
                if (System.nanoTime() - batchStart > MAX_BATCH.toNanos()) {
                    break;
                }
                key = service.poll(quietPeriod.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            throw new WatchEndedException("the watch service was closed");
        }
        return new ArrayList<>(changes.values());
    }

    private void collect(WatchKey key, Map<String, FileChange> changes) throws WatchEndedException {
        long now = System.nanoTime();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                List<String> listed = listNames();
                namesPresent.forEach(name -> changes.putIfAbsent(name, new FileChange(name, now)));
                listed.forEach(name -> changes.putIfAbsent(name, new FileChange(name, now)));
                namesPresent.clear();
                namesPresent.addAll(listed);
            } else if (event.context() instanceof Path path) {
                String name = path.toString();
                if (event.kind() == ENTRY_DELETE) {
                    namesPresent.remove(name);
                } else {
                    namesPresent.add(name);
                }
                changes.putIfAbsent(name, new FileChange(name, now));
            }
        }
        if (!key.reset()) {
            throw new WatchEndedException("cannot watch " + directory + " any more");
        }
    }

    private List<String> listNames() throws WatchEndedException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                names.add(file.getFileName().toString());
            }
        } catch (IOException e) {
            throw new WatchEndedException("cannot list " + directory + ": " + e.getMessage());
        }
        return names;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
