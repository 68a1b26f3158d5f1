package org.hotlink.engine;

/** Told when a program run by {@link Engine#runMain} ends the process, by returning from main or calling exit. */
@FunctionalInterface
public interface ProgramExitListener {
    /** Called once, on the thread that ends the process, before C stdio is flushed and the process exits. */
    void programExiting(int status);
}
