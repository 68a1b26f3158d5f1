package org.hotlink.launcher;

/** What {@code hotlink run} does once its command line is checked; tests replace it to keep Felix out. */
@FunctionalInterface
interface RunAction {
    /** Runs the program; returns an exit status only if the process is not ended by the program. */
    int run(RunRequest request) throws Exception;
}
