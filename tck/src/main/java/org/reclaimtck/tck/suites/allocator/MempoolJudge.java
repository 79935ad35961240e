package org.reclaimtck.tck.suites.allocator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.oracles.dependency.RecursiveLocking;

/**
 * The checks of MEMPOOL-1 and MEMPOOL-2 on what the kernel traced: each {@code mempool_alloc}'s result with its mask,
 * the waits on the pool and, from the dependency oracle, every allocation made while holding an element of the pool.
 */
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class MempoolJudge {
    private final RunResult result;
    private final String pool;

    public MempoolJudge(RunResult result, String pool) {
        this.result = result;
        this.pool = pool;
    }

    /** MEMPOOL-1: every NULL a caller that may block got, with the tasks that held the pool's elements then. */
    public List<String> blockingFailures() {
        Map<String, Integer> holding = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.LockReleased l && l.kind() == LockKind.MEMPOOL_ELEMENT
                    && l.lockClass().equals(pool)) {
                holding.computeIfPresent(l.task(), (t, n) -> n == 1 ? null : n - 1);
            }
            if (!(e instanceof TraceEvent.MempoolAlloc a) || !a.pool().equals(pool)) {
                continue;
            }
            if (a.element() >= 0) {
                holding.merge(a.task(), 1, Integer::sum);
            } else if (a.gfp().allowsBlocking()) {
                failures.add(a.render() + ": task " + a.task() + " may block (gfp=" + a.gfp() + "), yet got NULL"
                        + " instead of waiting for an element to be freed; " + (holding.isEmpty()
                        ? "no task held one (the reserve was never filled, or every element had come back)"
                        : "held then by " + holding.entrySet().stream().map(h -> h.getKey() + " (" + h.getValue()
                        + ")").collect(Collectors.joining(", "))));
            }
        }
        return failures;
    }

    /**
     * MEMPOOL-1's other half: every wait on the pool that ended by its 5 s timeout although an element of the pool was
     * freed while it waited (K-MEMPOOL-2: a free below min_nr refills the reserve and wakes a waiter).
     */
    public List<String> freesThatWokeNobody() {
        Map<String, TraceEvent.WaitBegin> waiting = new LinkedHashMap<>();
        Map<String, TraceEvent.LockReleased> freedMeanwhile = new LinkedHashMap<>();
        List<String> found = new ArrayList<>();
        for (TraceEvent e : result.trace()) {
            if (e instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.MEMPOOL && w.lockClass().equals(pool)) {
                waiting.put(w.task(), w);
            } else if (e instanceof TraceEvent.LockReleased l && l.kind() == LockKind.MEMPOOL_ELEMENT
                    && l.lockClass().equals(pool)) {
                waiting.keySet().forEach(t -> freedMeanwhile.putIfAbsent(t, l));
            } else if (e instanceof TraceEvent.Woken k && waiting.containsKey(k.task())) {
                TraceEvent.WaitBegin w = waiting.remove(k.task());
                TraceEvent.LockReleased free = freedMeanwhile.remove(k.task());
                if (free != null && k.by().equals("timeout")) {
                    found.add(w.render() + "\n    ended by its timeout (" + k.render() + "), although " + free.task()
                            + "'s element was freed meanwhile (" + free.render() + "): mempool_free did not put it"
                            + " back in the reserve and wake the waiter");
                }
            }
        }
        return found;
    }

    /** Elements {@link #pool} handed out, from the allocator or the reserve. */
    public long elementsHandedOut() {
        return result.trace().stream().filter(e -> e instanceof TraceEvent.MempoolAlloc a && a.pool().equals(pool)
                && a.element() >= 0).count();
    }

    /** MEMPOOL-2: no task allocated from a pool while holding an element of it (any pool of the run). */
    public void checkNoNestedAllocation(CaseRun run) {
        List<RecursiveLocking> nested = DependencyOracle.analyze(result).nestedMempoolAllocations();
        run.require(nested.isEmpty(), () -> nested.size() + " nested allocation(s) from a mempool ("
                + nested.stream().map(RecursiveLocking::toString).collect(Collectors.joining("; ")) + "):\n"
                + nested.stream().map(RecursiveLocking::report).collect(Collectors.joining("\n")));
    }
}
