package org.reclaimtck.tck.engine.internal.execution;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;
import org.reclaimtck.tck.engine.internal.config.Durations;

/**
 * Progress of a long run, one line every {@link #EVERY} of the engine's wall-clock time (not the model's virtual
 * time): cases done, (rule, case, seed) runs done, failures so far and an estimate of the time left from the rate so
 * far. Seeds count (rule, case, seed) runs, as the summary's seeds column does; a case is done when all its (rule,
 * seed) runs are. Runs shorter than {@link #EVERY} print nothing.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Progress {
    static final Duration EVERY = Duration.ofSeconds(5);

    private final Console console;
    private final LongSupplier nanos;
    private final Map<String, Integer> runsLeftByCase = new ConcurrentHashMap<>();
    private final Set<String> casesDone = new HashSet<>();
    private int cases;
    private int runs;
    private int done;
    private int failed;
    private long start;
    private long lastLine;

    public Progress(Console console) {
        this(console, System::nanoTime);
    }

    Progress(Console console, LongSupplier nanos) {
        this.console = console;
        this.nanos = nanos;
    }

    /** Called once, before any run: one (rule, seed) run of {@code caseId} is expected per call. */
    public synchronized void expect(String caseId) {
        runsLeftByCase.merge(caseId, 1, Integer::sum);
        cases = runsLeftByCase.size();
        runs++;
    }

    public synchronized void start() {
        start = nanos.getAsLong();
        lastLine = start;
    }

    /** One (rule, case, seed) run finished; prints a line if {@link #EVERY} has passed since the last. */
    public synchronized void finished(String caseId, boolean passed) {
        done++;
        if (!passed) {
            failed++;
        }
        if (runsLeftByCase.merge(caseId, -1, Integer::sum) <= 0) {
            casesDone.add(caseId);
        }
        long now = nanos.getAsLong();
        if (now - lastLine >= EVERY.toNanos() && done < runs) {
            lastLine = now;
            console.out(line(now));
        }
    }

    /** {@code reclaim-tck progress: 3/12 cases, 40/192 seeds, 2 failed, 42s elapsed, about 2m left}. */
    synchronized String line(long now) {
        long elapsed = now - start;
        long left = done == 0 ? 0 : elapsed / done * (runs - done);
        return "reclaim-tck progress: " + casesDone.size() + "/" + cases + " cases, " + done + "/" + runs
                + " seeds, " + failed + " failed, " + Durations.format(round(elapsed))
                + " elapsed, about " + Durations.format(round(left)) + " left";
    }

    private static Duration round(long nanos) {
        return Duration.ofSeconds(Math.max(1, Math.round(nanos / 1e9)));
    }
}
