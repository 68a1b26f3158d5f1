package org.hotlink.launcher;

import java.io.IOException;

/** The live folder can no longer be watched (deleted, unmounted, or the watch service closed). */
final class WatchEndedException extends IOException {
    private static final long serialVersionUID = 1L;

    WatchEndedException(String message) {
        super(message);
    }
}
