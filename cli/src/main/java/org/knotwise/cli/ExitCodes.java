package org.knotwise.cli;

/** The command line's exit codes, as its help footer lists them. */
final class ExitCodes {
    static final int OK = 0;
    /** A case had an error, a scenario failed, or the rules did not load. */
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** A file could not be read or written. */
    static final int IO = 3;

    private ExitCodes() {
    }
}
