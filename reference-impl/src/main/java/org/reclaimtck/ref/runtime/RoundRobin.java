package org.reclaimtck.ref.runtime;

import java.util.List;

/** The next runnable task in pid order after the last one that ran; for benchmarks. */
final class RoundRobin implements SchedStrategy {
    private int lastPid;

    @Override
    public SimTask pick(List<SimTask> runnable, SimTask running, SchedPoint kind) {
        SimTask chosen = runnable.get(0);
        for (SimTask t : runnable) {
            if (t.pid() > lastPid) {
                chosen = t;
                break;
            }
        }
        lastPid = chosen.pid();
        return chosen;
    }
}
