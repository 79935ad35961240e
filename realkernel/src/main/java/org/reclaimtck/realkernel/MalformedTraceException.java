package org.reclaimtck.realkernel;

/** A line of {@code trace-cmd report} output the importer cannot read: says its line number, why, and the line. */
public final class MalformedTraceException extends RuntimeException {
    private final int line;

    public MalformedTraceException(int line, String why, String text) {
        super("trace line " + line + ": " + why + "\n  " + text.strip());
        this.line = line;
    }

    public int line() {
        return line;
    }
}
