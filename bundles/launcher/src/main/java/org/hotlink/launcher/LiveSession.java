package org.hotlink.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import org.hotlink.diagnostic.HotlinkException;

/**
 * The loop of {@code hotlink live}: loads every module of the folder, starts the entry once it is
 * defined, then follows the folder and applies each change until the entry returns.
 *
 * <p>Threads: {@link #run} is the only caller that changes the engine's modules; the entry runs on its
 * own native thread and the engine switches it to new code by itself.
 */
final class LiveSession {
    /** How often the loop looks whether the entry returned while the folder is quiet. */
    static final Duration RETURN_CHECK_INTERVAL = Duration.ofMillis(20);

    private final Path directory;
    private final DirectoryWatcher watcher;
    private final ModuleReloader reloader;
    private final EntryRunner entry;
    private final LiveEventReporter reporter;
    private final LongSupplier nanoClock;

    /** @param watcher opened before this session reads the folder, so no change falls between the two */
    LiveSession(Path directory, DirectoryWatcher watcher, ModuleReloader reloader, EntryRunner entry,
                LiveEventReporter reporter, LongSupplier nanoClock) {
        this.directory = directory;
        this.watcher = watcher;
        this.reloader = reloader;
        this.entry = entry;
        this.reporter = reporter;
        this.nanoClock = nanoClock;
    }

    /**
     * Runs until the entry returns and gives its return value, which the caller makes the exit status.
     * Returns {@link ExitStatus#NO_INPUT} if the folder stops being watchable before the entry started.
     *
     * @throws LauncherException when waiting for the entry failed inside Hotlink
     */
    int run() throws IOException, InterruptedException, LauncherException {
        loadAll();
        startEntry();
        if (!entry.isStarted()) {
            reporter.note("waiting for a module that defines @" + entry.entry());
        }
        while (!entry.returned().isDone()) {
            List<FileChange> changes;
            try {
                changes = watcher.awaitChanges(RETURN_CHECK_INTERVAL);
            } catch (WatchEndedException e) {
                reporter.note("stops following " + directory + ": " + e.getMessage());
                if (!entry.isStarted()) {
                    return ExitStatus.NO_INPUT;
                }
                break;
            }
            boolean anyApplied = false;
            for (FileChange change : changes) {
                if (ModuleFileNames.isModule(change.fileName())) {
                    anyApplied |= reloader.apply(change).isPresent();
                }
            }
            if (anyApplied) {
                startEntry();
            }
        }
        return entryReturnValue();
    }

    /** Adds every module file present, in name order (late binding makes the order irrelevant). */
    private void loadAll() throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (ModuleFileNames.isModule(name) && !Files.isDirectory(file)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        for (String name : names) {
            reloader.apply(new FileChange(name, nanoClock.getAsLong()));
        }
    }

    private void startEntry() {
        try {
            entry.startIfDefined();
        } catch (HotlinkException | RuntimeException e) {
            // Reported and retried after the next change: the user may be fixing the entry's signature.
            reporter.problem("cannot start @" + entry.entry(), e);
        }
    }

    private int entryReturnValue() throws InterruptedException, LauncherException {
        try {
            return entry.returned().get();
        } catch (ExecutionException e) {
            throw new LauncherException("lost track of @" + entry.entry() + ": " + e.getCause(), e.getCause());
        }
    }
}
