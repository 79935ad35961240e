package org.reclaimtck.realkernel;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.RunStatistics;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A real kernel's trace as the SPI's {@link TraceEvent}s, with where each event came from (the report line it was
 * made from, and for a few the line that opened it, e.g. the {@code super_cache_scan} entry of a
 * {@code super_cache_scan_ret}), the text of the lines a verdict may quote, and the {@link RealStats}.
 */
public final class ImportedTrace {
    private final List<TraceEvent> events;
    private final int[] lines;
    private final Map<Integer, Integer> openedAt;
    private final Map<Integer, String> text;
    private final RealStats stats;
    private final long lastNanos;

    ImportedTrace(List<TraceEvent> events, int[] lines, Map<Integer, Integer> openedAt, Map<Integer, String> text,
                  RealStats stats, long lastNanos) {
        this.events = Collections.unmodifiableList(events);
        this.lines = lines;
        this.openedAt = openedAt;
        this.text = text;
        this.stats = stats;
        this.lastNanos = lastNanos;
    }

    public List<TraceEvent> events() {
        return events;
    }

    public RealStats stats() {
        return stats;
    }

    /** The report line event {@code index} was made from. */
    public int line(int index) {
        return lines[index];
    }

    /** The line that opened event {@code index} (an entry probe), or its own line. */
    public int openedAt(int index) {
        return openedAt.getOrDefault(index, lines[index]);
    }

    /** The text of a quotable report line (the lines of reclaim, shrinker, filesystem, wait and OOM events). */
    public String text(int line) {
        return text.getOrDefault(line, "");
    }

    /** The trace as the run result the TCK's oracles judge; a real run has no seed and no scheduler counters. */
    public RunResult asRunResult() {
        return new RunResult(0, new Outcome.Completed(), events, new RunStatistics(0, 0, lastNanos, 0));
    }
}
