package org.hotlink.launcher;

/** What {@code hotlink live} does once its command line is checked; tests replace it to keep Felix out. */
@FunctionalInterface
interface LiveAction {
    /** Runs the live session; returns an exit status only if the process is not ended by the program. */
    int live(LiveRequest request) throws Exception;
}
