package org.reclaimtck.tck.engine.internal.execution;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Runs each (case, seed) once and shares the attempt among the rules the case checks: an entry is evicted
 * when the last rule that uses it has been judged.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RunCache {
    private final Map<Key, Integer> users = new HashMap<>();
    private final Map<Key, RunAttempt> attempts = new HashMap<>();
    private int runs;

    /** Declares one more rule that will judge (case, seed); call for every seed node before executing. */
    public synchronized void expect(Class<?> caseType, long seed) {
        users.merge(new Key(caseType, seed), 1, Integer::sum);
    }

    /** The attempt of (case, seed): run now if no other rule ran it yet. */
    public synchronized RunAttempt attempt(Class<?> caseType, long seed, Supplier<RunAttempt> run) {
        Key k = new Key(caseType, seed);
        RunAttempt a = attempts.get(k);
        if (a == null) {
            a = run.get();
            runs++;
            if (users.getOrDefault(k, 0) > 1) {
                attempts.put(k, a);
            }
        }
        return a;
    }

    /** One rule is done with (case, seed); the last one evicts the entry. */
    public synchronized void release(Class<?> caseType, long seed) {
        Key k = new Key(caseType, seed);
        Integer left = users.computeIfPresent(k, (key, n) -> n > 1 ? n - 1 : null);
        if (left == null) {
            attempts.remove(k);
        }
    }

    /** Runs executed so far (cache misses). */
    public synchronized int runs() {
        return runs;
    }

    /** Entries held now. */
    public synchronized int size() {
        return attempts.size();
    }

    private record Key(Class<?> caseType, long seed) {
    }
}
