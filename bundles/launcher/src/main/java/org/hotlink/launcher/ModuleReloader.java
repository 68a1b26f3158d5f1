package org.hotlink.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleInfo;

/**
 * Brings the engine in line with one module file of the live folder: a new file is added, a changed one
 * redefines its module, a missing one removes it. Late binding makes the order of files irrelevant. A
 * version that fails (bad IR, or a redefinition the engine refuses) changes nothing in the engine: the
 * old code keeps running and the failure is reported with its diagnostic.
 *
 * <p>Content equal to what was last applied for a module is skipped, so the several events of one save,
 * or a save without changes, report nothing.
 *
 * <p>Not thread-safe: only the thread that follows the folder calls it (and it alone changes the engine's modules).
 */
final class ModuleReloader {
    private final Engine engine;
    private final Path directory;
    private final String directoryAsTyped;
    private final StableFileReader reader;
    private final LiveEventReporter reporter;
    private final LongSupplier nanoClock;
    /** Per module, the text last handed to the engine, whether it was accepted or not. */
    private final Map<String, String> lastText = new HashMap<>();

    /**
     * @param directoryAsTyped the folder as the user typed it: diagnostics name files under it
     * @param nanoClock        {@link System#nanoTime()} in production; the same clock as {@link FileChange#seenNanos()}
     */
    ModuleReloader(Engine engine, Path directory, String directoryAsTyped, StableFileReader reader,
                   LiveEventReporter reporter, LongSupplier nanoClock) {
        this.engine = engine;
        this.directory = directory;
        this.directoryAsTyped = directoryAsTyped;
        this.reader = reader;
        this.reporter = reporter;
        this.nanoClock = nanoClock;
    }

    /**
     * Applies the file's current state and reports what happened, if anything did.
     *
     * @param change a file whose name {@link ModuleFileNames} accepts
     */
    Optional<LiveEvent> apply(FileChange change) throws InterruptedException {
        String module = ModuleFileNames.moduleName(change.fileName())
                .orElseThrow(() -> new IllegalArgumentException("not a module file: " + change.fileName()));
        Optional<byte[]> content;
        try {
            content = reader.read(directory.resolve(change.fileName()));
        } catch (IOException e) {
            return Optional.of(fail(module, change, e));
        }
        if (content.isEmpty()) {
            return removed(module, change);
        }
        // Malformed UTF-8 becomes U+FFFD: clang escapes non-ASCII bytes in IR, so this only touches comments.
        String text = new String(content.get(), StandardCharsets.UTF_8);
        if (text.equals(lastText.get(module))) {
            return Optional.empty();
        }
        lastText.put(module, text);
        boolean loaded = loadedModule(module).isPresent();
        String sourceName = sourceName(change.fileName());
        try {
            if (loaded) {
                engine.redefine(module, sourceName, text);
            } else {
                engine.addModule(module, sourceName, text);
            }
        } catch (HotlinkException | RuntimeException e) {
            return Optional.of(fail(module, change, e));
        }
        LiveEvent event = new LiveEvent(loaded ? LiveEvent.Kind.REDEFINED : LiveEvent.Kind.ADDED, module,
                functionsOf(module), nanoClock.getAsLong() - change.seenNanos());
        reporter.report(event);
        return Optional.of(event);
    }

    /** The file is gone: remove its module if loaded; a module that never loaded is only forgotten. */
    private Optional<LiveEvent> removed(String module, FileChange change) {
        boolean known = lastText.remove(module) != null;
        Optional<ModuleInfo> loaded = loadedModule(module);
        if (loaded.isEmpty()) {
            if (!known) {
                return Optional.empty();
            }
            LiveEvent event = new LiveEvent(LiveEvent.Kind.REMOVED, module, List.of(),
                    nanoClock.getAsLong() - change.seenNanos());
            reporter.report(event);
            return Optional.of(event);
        }
        try {
            engine.remove(module);
        } catch (HotlinkException | RuntimeException e) {
            return Optional.of(fail(module, change, e));
        }
        LiveEvent event = new LiveEvent(LiveEvent.Kind.REMOVED, module, loaded.get().functions(),
                nanoClock.getAsLong() - change.seenNanos());
        reporter.report(event);
        return Optional.of(event);
    }

    private LiveEvent fail(String module, FileChange change, Throwable cause) {
        LiveEvent event = new LiveEvent(LiveEvent.Kind.FAILED, module, functionsOf(module),
                nanoClock.getAsLong() - change.seenNanos());
        reporter.reportFailure(event, cause);
        return event;
    }

    /** The file as diagnostics name it: under the folder as typed, as {@code hotlink run} names files. */
    private String sourceName(String fileName) {
        return Path.of(directoryAsTyped).resolve(fileName).toString();
    }

    private List<String> functionsOf(String module) {
        return loadedModule(module).map(ModuleInfo::functions).orElse(List.of());
    }

    private Optional<ModuleInfo> loadedModule(String module) {
        return engine.modules().stream().filter(m -> m.name().equals(module)).findFirst();
    }
}
