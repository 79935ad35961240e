package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * The hung-task detector: models {@code kernel/hung_task.c}. When virtual time moves, a task in an
 * uninterruptible wait (not TASK_IDLE, not a timed sleep) for longer than {@code hung_task_timeout_secs}
 * ends the run with {@link Outcome.HungTask}.
 */
final class HungTaskCheck {
    private final Sim sim;
    private final long timeoutNanos;

    HungTaskCheck(Sim sim, long timeoutNanos) {
        this.sim = sim;
        this.timeoutNanos = timeoutNanos;
    }

    void check(long now) {
        for (SimTask t : sim.tasks) {
            BlockInfo b = t.blockedOn;
            if (t.state == SimTask.State.BLOCKED && !b.idle && b.kind != WaitKind.SLEEP
                    && now - t.blockedSince > timeoutNanos) {
                long secs = (now - t.blockedSince) / 1_000_000_000L;
                sim.finish(new Outcome.HungTask(StallAnalyzer.edge(t), secs, timeoutNanos / 1_000_000_000L));
            }
        }
    }
}
