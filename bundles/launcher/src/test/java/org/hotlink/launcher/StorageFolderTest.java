package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests that framework storage is private per run and that folders of ended processes are removed. */
class StorageFolderTest {
    @TempDir
    Path tmp;

    @Test
    void staleFolderOfAnEndedProcessIsRemovedAndOwnFolderIsFreshAndDeletable() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path stale = tmp.resolve(StorageFolder.PREFIX + ended.pid());
        Files.createDirectories(stale.resolve("bundle1"));
        Files.writeString(stale.resolve("bundle1/bundle.info"), "x");
        Path foreign = tmp.resolve("other-folder");
        Files.createDirectories(foreign);

        StorageFolder storage = StorageFolder.create(tmp);

        assertFalse(Files.exists(stale), "folder of ended process " + ended.pid() + " is removed");
        assertTrue(Files.isDirectory(foreign), "folders not named like ours are left alone");
        assertTrue(Files.isDirectory(storage.path()), "own folder exists");
        assertTrue(storage.path().getFileName().toString().endsWith(Long.toString(ProcessHandle.current().pid())));
        storage.deleteQuietly();
        assertFalse(Files.exists(storage.path()), "own folder is deleted");
    }
}
