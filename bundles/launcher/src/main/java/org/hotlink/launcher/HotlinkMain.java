package org.hotlink.launcher;

import java.io.PrintStream;
import java.util.List;

/** Entry point of the {@code hotlink} command (bin/hotlink runs it). */
public final class HotlinkMain {
    /** Environment variable that enables stack traces and start-up timings on stderr. */
    public static final String DEBUG_VARIABLE = "HOTLINK_DEBUG";
    /** Environment variable: with 1, {@code run} starts the runtime and the engine, then exits 0 without running anything. */
    public static final String STARTUP_ONLY_VARIABLE = "HOTLINK_STARTUP_ONLY";

    private HotlinkMain() {
    }

    public static void main(String[] args) {
        StartupClock clock = new StartupClock();
        clock.mark("main");
        boolean debug = "1".equals(System.getenv(DEBUG_VARIABLE));
        boolean startupOnly = "1".equals(System.getenv(STARTUP_ONLY_VARIABLE));
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        // The program owns stdout: from here on, anything Java code prints by mistake lands on stderr.
        System.setOut(stderr);
        Launcher launcher = new Launcher(stdout, stderr, debug, new RunCommand(stderr, debug, startupOnly, clock),
                new LiveCommand(stderr, debug, clock));
        int status = launcher.execute(List.of(args));
        stdout.flush();
        System.exit(status);
    }
}
