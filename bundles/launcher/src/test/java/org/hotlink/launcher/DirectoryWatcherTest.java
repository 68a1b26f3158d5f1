package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests that the watcher turns the events of a save (in place, or by rename) into one change per file. */
class DirectoryWatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path folder;
    private DirectoryWatcher watcher;

    @BeforeEach
    void open() throws Exception {
        watcher = DirectoryWatcher.open(folder, Duration.ofMillis(20));
    }

    @AfterEach
    void close() throws Exception {
        watcher.close();
    }

    /** The names changed, collecting batches until {@code expected} was seen or the bounded wait ended. */
    private List<String> changedUntil(String expected) throws Exception {
        List<String> names = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!names.contains(expected) && System.nanoTime() < deadline) {
            watcher.awaitChanges(Duration.ofMillis(200)).forEach(change -> names.add(change.fileName()));
        }
        return names;
    }

    @Test
    void nothingChangedGivesAnEmptyBatchAfterTheTimeout() throws Exception {
        assertEquals(List.of(), watcher.awaitChanges(Duration.ofMillis(50)));
    }

    @Test
    void anInPlaceRewriteIsOneChangeOfThatFile() throws Exception {
        Files.writeString(folder.resolve("a.ll"), "one");
        Files.writeString(folder.resolve("a.ll"), "two");
        List<String> names = changedUntil("a.ll");
        assertEquals(1, names.stream().filter("a.ll"::equals).count(), "expected one change for a.ll: " + names);
    }

    @Test
    void aSaveByRenameIsAChangeOfTheTargetName() throws Exception {
        Path temporary = Files.writeString(folder.resolve(".a.ll.tmp"), "new");
        Files.move(temporary, folder.resolve("a.ll"), StandardCopyOption.ATOMIC_MOVE);
        assertTrue(changedUntil("a.ll").contains("a.ll"), "expected a change of a.ll");
    }

    @Test
    void aDeletionIsAChange() throws Exception {
        Files.writeString(folder.resolve("b.ll"), "x");
        changedUntil("b.ll");
        Files.delete(folder.resolve("b.ll"));
        assertTrue(changedUntil("b.ll").contains("b.ll"), "expected a change of b.ll");
    }

    @Test
    void aChangeRecordsWhenItWasFirstSeen() throws Exception {
        long before = System.nanoTime();
        Files.writeString(folder.resolve("c.ll"), "x");
        List<FileChange> changes = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (changes.isEmpty() && System.nanoTime() < deadline) {
            changes.addAll(watcher.awaitChanges(Duration.ofMillis(200)));
        }
        assertTrue(!changes.isEmpty() && changes.get(0).seenNanos() >= before && changes.get(0).seenNanos() <= System.nanoTime(),
                "expected a seen time between the write and now: " + changes);
    }

    @Test
    void aDeletedFolderEndsTheWatch() throws Exception {
        Files.delete(folder);
        assertThrows(WatchEndedException.class, () -> {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                watcher.awaitChanges(Duration.ofMillis(200));
            }
        });
    }

    @Test
    void afterLostEventsEveryFileOnceThereAndEveryFileNowIsAChange() throws Exception {
        watcher.close();
        Files.writeString(folder.resolve("old.ll"), "x");
        watcher = DirectoryWatcher.open(folder, Duration.ofMillis(20));
        // The JDK keeps at most 512 events per key; more than that, unread, overflow and are lost.
        for (int i = 0; i < 700; i++) {
            Files.writeString(folder.resolve("f" + i + ".txt"), "x");
        }
        Files.delete(folder.resolve("old.ll"));
        Files.writeString(folder.resolve("new.ll"), "x");
        List<String> names = changedUntil("old.ll");
        assertTrue(names.contains("old.ll") && names.contains("new.ll") && names.contains("f699.txt"),
                "expected the deleted, the new and the last file among the changes, got " + names.size() + " names");
    }
}
