package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Virtual time and its timers: models {@code jiffies} and the timer softirq of {@code kernel/time/timer.c}. Time
 * jumps to the earliest pending timer only when no task can run; callbacks run in softirq context, which must
 * not sleep. Each jump runs the hung-task check and the virtual-time budget.
 */
final class Clockwork {
    private final Sim sim;
    private final TimerQueue timers = new TimerQueue();
    private final HungTaskCheck hungTaskCheck;
    private final long budgetNanos;
    /** Virtual nanoseconds since boot. */
    long now;
    /** True while a timer callback runs. */
    boolean inSoftirq;

    Clockwork(Sim sim, long hungTaskTimeoutNanos, long budgetNanos) {
        this.sim = sim;
        this.hungTaskCheck = new HungTaskCheck(sim, hungTaskTimeoutNanos);
        this.budgetNanos = budgetNanos;
    }

    /** Moves time to the earliest timer and fires every timer due then; false if none is pending. */
    boolean advance() {
        SimTimer first = timers.earliest();
        if (first == null) {
            return false;
        }
        if (first.expiresNanos > now) {
            now = first.expiresNanos;
        }
        for (SimTimer t = timers.pollDue(now); t != null; t = timers.pollDue(now)) {
            fire(t);
        }
        hungTaskCheck.check(now);
        if (now > budgetNanos) {
            sim.finish(new Outcome.NoProgress("virtual time (" + budgetNanos / 1_000_000_000L + " s)",
                    sim.describeTasks()));
        }
        return true;
    }

    private void fire(SimTimer t) {
        inSoftirq = true;
        try {
            sim.trace(new TraceEvent.TimerFired(now, "softirq", t.name()));
            t.callback.run();
        } catch (SimExit e) {
            throw e;
        } catch (RuntimeException | Error e) {
            inSoftirq = false;
            sim.finish(new Outcome.ImplementationError("softirq (timer " + t.name() + ")", e.toString(),
                    Backtrace.ofThrowable(e)));
        } finally {
            inSoftirq = false;
        }
    }

    void arm(SimTimer t, long expiresNanos) {
        timers.add(t, Math.max(expiresNanos, now));
    }

    boolean disarm(SimTimer t) {
        return timers.remove(t);
    }
}
