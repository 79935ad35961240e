package org.reclaimtck.tck.engine.internal.execution;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Runs each (case, seed) once and shares the attempt among the rules the case checks: an entry is evicted
 * when the last rule that uses it has been judged. The first seed checked of each case also keeps its rerun (RT-1).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RunCache {
    private final Map<Key, Integer> users = new HashMap<>();
    private final Map<Key, RunAttempt> attempts = new HashMap<>();
    private final Map<Class<?>, Long> hung = new HashMap<>();
    private final Map<Class<?>, Long> rechecked = new HashMap<>();
    private final Map<Key, RunAttempt> reruns = new HashMap<>();
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

    /**
     * The rerun of (case, seed) for the RT-1 recheck, if {@code seed} is the first seed of the case the engine
     * checks (run now on the first call, shared by the seed's rules), else null: one extra run per case.
     */
    public synchronized RunAttempt recheck(Class<?> caseType, long seed, Supplier<RunAttempt> run) {
        if (rechecked.computeIfAbsent(caseType, c -> seed) != seed) {
            return null;
        }
        Key k = new Key(caseType, seed);
        RunAttempt a = reruns.get(k);
        if (a == null) {
            a = run.get();
            runs++;
            if (users.getOrDefault(k, 0) > 1) {
                reruns.put(k, a);
            }
        }
        return a;
    }

    /** The first seed of a case whose run outlived the watchdog, if one did: later seeds of it are not run. */
    public synchronized java.util.Optional<Long> hungSeed(Class<?> caseType) {
        return java.util.Optional.ofNullable(hung.get(caseType));
    }

    /** Records that (case, seed) outlived the watchdog. */
    public synchronized void markHung(Class<?> caseType, long seed) {
        hung.putIfAbsent(caseType, seed);
    }

    /** One rule is done with (case, seed); the last one evicts the entry. */
    public synchronized void release(Class<?> caseType, long seed) {
        Key k = new Key(caseType, seed);
        Integer left = users.computeIfPresent(k, (key, n) -> n > 1 ? n - 1 : null);
        if (left == null) {
            attempts.remove(k);
            reruns.remove(k);
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
