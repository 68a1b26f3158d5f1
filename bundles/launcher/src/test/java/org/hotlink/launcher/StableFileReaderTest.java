package org.hotlink.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests that a file is read only once its content stopped changing. */
class StableFileReaderTest {
    private final StableFileReader reader = new StableFileReader(Duration.ofMillis(5), Duration.ofMillis(100));

    @TempDir
    Path folder;

    @Test
    void aSettledFileIsReadAsIs() throws Exception {
        Path file = Files.writeString(folder.resolve("a.ll"), "define void @f() {\n  ret void\n}\n");
        assertEquals("define void @f() {\n  ret void\n}\n",
                new String(reader.read(file).orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileReadsAsAbsentAfterItsGracePeriod() throws Exception {
        long start = System.nanoTime();
        assertEquals(Optional.empty(), reader.read(folder.resolve("gone.ll")));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(100).toNanos(), "expected a wait of the grace period");
    }

    @Test
    void aFileThatIsBrieflyMissingDuringASaveIsReadWithItsNewContent() throws Exception {
        // Vim's save: the old file is renamed to a backup, then the new one is written.
        Path file = folder.resolve("c.ll");
        Files.writeString(file, "old");
        Files.move(file, folder.resolve("c.ll~"));
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(30);
                Files.writeString(file, "new");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Optional<byte[]> read = reader.read(file);
        writer.join(10_000);
        assertEquals("new", new String(read.orElseThrow(), StandardCharsets.UTF_8), "a missing moment must not count as deletion");
    }

    @Test
    void aFileStillBeingWrittenIsReadWhenComplete() throws Exception {
        Path file = folder.resolve("slow.ll");
        byte[] expected = "x".repeat(20).getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try (OutputStream stream = Files.newOutputStream(file)) {
                for (byte b : expected) {
                    stream.write(b);
                    stream.flush();
                    Thread.sleep(1);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Files.createFile(file);
        writer.start();
        Thread.sleep(2);
        // A longer quiet period than the others: pauses between bytes are 1 ms, longer on a loaded machine.
        byte[] read = new StableFileReader(Duration.ofMillis(60), Duration.ofMillis(100)).read(file).orElseThrow();
        writer.join(10_000);
        assertArrayEquals(expected, read, "expected the whole file, not a prefix");
    }

    @Test
    void anEmptyFileCountsOnlyAfterItsGracePeriod() throws Exception {
        Path file = Files.writeString(folder.resolve("empty.ll"), "");
        long start = System.nanoTime();
        assertEquals(0, reader.read(file).orElseThrow().length);
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(100).toNanos(), "expected a wait of the grace period");
    }

    @Test
    void aTruncatedFileThatIsRefilledIsReadWithItsNewContent() throws Exception {
        Path file = Files.writeString(folder.resolve("b.ll"), "");
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(30);
                Files.writeString(file, "new");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        byte[] read = reader.read(file).orElseThrow();
        writer.join(10_000);
        assertEquals("new", new String(read, StandardCharsets.UTF_8), "an empty moment must not be taken as the content");
    }
}
