package org.hotlink.itests.corpus;

/**
 * The observable outcome of running one program: what it wrote, how it ended.
 *
 * @param stdout   everything written to standard output, one char per byte (ISO-8859-1)
 * @param stderr   everything written to standard error, one char per byte (ISO-8859-1)
 * @param exitCode the process exit status; meaningless when {@code timedOut}
 * @param timedOut whether the run was killed because it exceeded its time limit
 */
public record RunResult(String stdout, String stderr, int exitCode, boolean timedOut) {

    /** Returns a one-line description such as "exit 3" or "timed out". */
    public String describeEnd() {
        return timedOut ? "timed out" : "exit " + exitCode;
    }
}
