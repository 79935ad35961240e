package org.reclaimtck.spi.kernel;

import java.util.List;
import java.util.Objects;
import org.reclaimtck.spi.trace.TraceEvent;

/** What one run produced: its outcome, its trace, its counters and the trace's hash. */
public final class RunResult {
    private final long seed;
    private final Outcome outcome;
    private final List<TraceEvent> trace;
    private final RunStatistics statistics;
    private String traceHash;

    public RunResult(long seed, Outcome outcome, List<TraceEvent> trace, RunStatistics statistics) {
        this.seed = seed;
        this.outcome = Objects.requireNonNull(outcome);
        this.trace = List.copyOf(trace);
        this.statistics = Objects.requireNonNull(statistics);
    }

    public long seed() {
        return seed;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<TraceEvent> trace() {
        return trace;
    }

    public RunStatistics statistics() {
        return statistics;
    }

    /** {@link TraceHash#of} the trace; equal for equal (case, seed) on any JDK. */
    public String traceHash() {
        if (traceHash == null) {
            traceHash = TraceHash.of(trace);
        }
        return traceHash;
    }

    @Override
    public String toString() {
        return "RunResult{seed=" + seed + ", " + outcome.kind() + ", events=" + trace.size() + ", hash=" + traceHash()
                + ", " + statistics + "}";
    }
}
