package org.reclaimtck.ref.runtime;

import java.util.Comparator;
import java.util.TreeSet;

/** Pending timers in (expiry, arming order): the simulator's timer wheel ({@code kernel/time/timer.c}). */
final class TimerQueue {
    private final TreeSet<SimTimer> pending = new TreeSet<>(
            Comparator.comparingLong((SimTimer t) -> t.expiresNanos).thenComparingLong(t -> t.seq));
    private long seq;

    void add(SimTimer t, long expiresNanos) {
        if (t.pending) {
            pending.remove(t);
        }
        t.expiresNanos = expiresNanos;
        t.seq = seq++;
        t.pending = true;
        pending.add(t);
    }

    boolean remove(SimTimer t) {
        if (!t.pending) {
            return false;
        }
        pending.remove(t);
        t.pending = false;
        return true;
    }

    SimTimer earliest() {
        return pending.isEmpty() ? null : pending.first();
    }

    SimTimer pollDue(long now) {
        if (pending.isEmpty() || pending.first().expiresNanos > now) {
            return null;
        }
        SimTimer t = pending.pollFirst();
        t.pending = false;
        return t;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }
}
