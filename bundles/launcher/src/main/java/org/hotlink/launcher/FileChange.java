package org.hotlink.launcher;

/**
 * A file of the live folder that was created, modified or deleted (which one is found by looking at it).
 *
 * @param fileName  the file's name inside the folder
 * @param seenNanos {@link System#nanoTime()} when the first event of the batch about it arrived
 */
record FileChange(String fileName, long seenNanos) {
}
