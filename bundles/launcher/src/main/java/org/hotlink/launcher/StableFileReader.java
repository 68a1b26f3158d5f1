package org.hotlink.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a file that an editor may still be writing: reads it, waits a quiet period, reads it again,
 * and repeats until two reads in a row agree. A missing or empty file is believed only after it stayed
 * so for a longer grace period, because saves pass through both states for a moment: "truncate, then
 * write" shows an empty file, and Vim's "rename the old file to a backup, then write a new one" shows
 * none. Deleting a module therefore takes effect after the grace period.
 *
 * <p>Not thread-safe; used by the one thread that follows the folder.
 */
final class StableFileReader {
    /** Gives up waiting for a file that never stops changing after this many reads, and takes the last. */
    private static final int MAX_READS = 400;

    private final Duration quietPeriod;
    private final Duration transitionalGrace;

    /**
     * @param quietPeriod       time between two reads that must agree
     * @param transitionalGrace how long a file must stay empty, or absent, before that counts as its state
     */
    StableFileReader(Duration quietPeriod, Duration transitionalGrace) {
        this.quietPeriod = quietPeriod;
        this.transitionalGrace = transitionalGrace;
    }

    /**
     * The file's settled content, or empty when the file settled as absent.
     *
     * @throws IOException when the file exists but cannot be read
     */
    Optional<byte[]> read(Path file) throws IOException, InterruptedException {
        byte[] previous = readOrNull(file);
        long unchangedSince = System.nanoTime();
        for (int reads = 1; reads < MAX_READS; reads++) {
            Thread.sleep(quietPeriod.toMillis(), quietPeriod.toNanosPart() % 1_000_000);
            byte[] current = readOrNull(file);
            if (!Arrays.equals(previous, current)) {
                previous = current;
                unchangedSince = System.nanoTime();
                continue;
            }
            boolean transitional = current == null || current.length == 0;
            if (!transitional || System.nanoTime() - unchangedSince >= transitionalGrace.toNanos()) {
                return Optional.ofNullable(current);
            }
        }
        return Optional.ofNullable(previous);
    }

    /** The file's bytes, or null when it does not exist. */
    private static byte[] readOrNull(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
