package org.hotlink.shell.impl;

/**
 * Configuration of the shell's engine, Configuration Admin PID {@code org.hotlink.shell} (for example
 * {@code etc/org.hotlink.shell.cfg} in Karaf). Read when the component activates; a change
 * reactivates it with a new engine.
 */
@interface ShellConfiguration {
    /** When replaced code is freed: {@code quiescent} (after a grace period) or {@code never}. */
    String reclamation() default "quiescent";
}
