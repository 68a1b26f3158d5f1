package org.hotlink.launcher;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Milestones of start-up in wall-clock milliseconds, reported relative to the JVM's start with
 * {@code HOTLINK_DEBUG=1}. The JVM start time is read only when reporting, so the management classes
 * it needs never cost anything in normal runs or distort the milestones.
 */
public final class StartupClock {
    private record Milestone(String name, long epochMillis) {
    }

    private final List<Milestone> milestones = new ArrayList<>();

    public void mark(String name) {
        milestones.add(new Milestone(name, System.currentTimeMillis()));
    }

    /** Prints {@code hotlink: startup NAME=MS ms ...} with times since the JVM started. */
    public void report(PrintStream err) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder line = new StringBuilder("hotlink: startup");
        for (Milestone milestone : milestones) {
            line.append(String.format(Locale.ROOT, " %s=%d ms", milestone.name(), milestone.epochMillis() - jvmStart));
        }
        err.println(line);
    }
}
