package org.knotwise.cli;

/** The command line's exit codes, as its help footer lists them. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A case had an error, a scenario failed, or the rules did not load. */
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** A file could not be read or written. */
    public static final int IO = 3;

    private ExitCodes() {
    }
}
