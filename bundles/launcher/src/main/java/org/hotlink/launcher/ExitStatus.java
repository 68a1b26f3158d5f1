package org.hotlink.launcher;

/** Exit statuses of Hotlink itself (the program's own statuses pass through unchanged). Values follow sysexits.h. */
public final class ExitStatus {
    public static final int SUCCESS = 0;
    /** The input is wrong: IR that does not parse or verify, unsupported constructs, undefined symbols, wrong target. */
    public static final int BAD_INPUT = 2;
    /** EX_USAGE: the command line is wrong. */
    public static final int USAGE = 64;
    /** EX_NOINPUT: an input file is missing or unreadable. */
    public static final int NO_INPUT = 66;
    /** EX_SOFTWARE: Hotlink itself failed. */
    public static final int INTERNAL = 70;

    private ExitStatus() {
    }
}
