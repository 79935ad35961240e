package org.reclaimtck.realkernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event line of {@code trace-cmd report} (trace-cmd's {@code trace-read.c} default output):
 * {@code <comm>-<pid> [<cpu>] <sec>.<usec>: <event>: <fields as the format's print fmt prints them>}.
 *
 * @param line  1-based line number in the report
 * @param comm  the task's comm as {@code saved_cmdlines} knew it ({@code <...>} if it did not)
 * @param nanos {@code trace_clock=mono} time in nanoseconds
 * @param body  the fields after {@code <event>:}, as the event's print fmt wrote them
 */
record ReportLine(int line, String comm, int pid, int cpu, long nanos, String event, String body, String text) {
    private static final Pattern EVENT = Pattern.compile(
            "^\\s*(.*)-(\\d+)\\s+\\[(\\d+)\\]\\s+(?:[\\w.]{4,5}\\s+)?(\\d+)\\.(\\d+):\\s+(\\w+):\\s?(.*)$");

    /** The line as an event, or null if it is not an event line. */
    static ReportLine parse(String text, int line) {
        Matcher m = EVENT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String frac = m.group(5);
        long nanos = Long.parseLong(m.group(4)) * 1_000_000_000L
                + Long.parseLong((frac + "000000000").substring(0, 9));
        return new ReportLine(line, m.group(1).trim(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                nanos, m.group(6), m.group(7).trim(), text);
    }

    /** The task as the imported trace names it: {@code comm-pid}, so that two tasks with one comm stay apart. */
    String task() {
        return comm + "-" + pid;
    }
}
