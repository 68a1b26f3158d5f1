package org.hotlink.launcher;

import java.io.PrintStream;
import java.util.List;

/**
 * Dispatches a command line and turns every outcome into an exit status. {@code --help} and
 * {@code --version} print to stdout (they run no program); every other message of Hotlink goes to
 * stderr and starts with {@code hotlink:}.
 */
final class Launcher {
    private final PrintStream out;
    private final PrintStream err;
    private final FailureReport failures;
    private final RunAction runAction;
    private final LiveAction liveAction;

    /** Without {@code hotlink live} (it fails as an internal error): for tests of {@code run}. */
    Launcher(PrintStream out, PrintStream err, boolean debug, RunAction runAction) {
        this(out, err, debug, runAction, request -> {
            throw new LauncherException("hotlink live is not available in this launcher");
        });
    }

    Launcher(PrintStream out, PrintStream err, boolean debug, RunAction runAction, LiveAction liveAction) {
        this.out = out;
        this.err = err;
        this.failures = new FailureReport(err, debug);
        this.runAction = runAction;
        this.liveAction = liveAction;
    }

    int execute(List<String> args) {
        try {
            ParsedCommandLine line = CommandLineParser.parse(args);
            if (line.has(Commands.HELP)) {
                out.print(Usage.help());
                out.flush();
                return ExitStatus.SUCCESS;
            }
            if (line.has(Commands.VERSION)) {
                out.println("hotlink " + version());
                out.flush();
                return ExitStatus.SUCCESS;
            }
            if (line.command().filter(Commands.LIVE::equals).isPresent()) {
                LiveRequest live = LiveRequest.from(line);
                LiveInputs.checkReadable(live);
                return liveAction.live(live);
            }
            RunRequest request = RunRequest.from(line);
            InputFiles.checkReadable(request);
            return runAction.run(request);
        } catch (UsageException e) {
            err.println("hotlink: " + e.getMessage());
            err.print(Usage.brief());
            err.flush();
            return ExitStatus.USAGE;
        } catch (MissingInputException e) {
            err.println("hotlink: " + e.getMessage());
            err.flush();
            return ExitStatus.NO_INPUT;
        } catch (Throwable e) {
            return failures.report(e);
        }
    }

    static String version() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
