package org.reclaimtck.ref.runtime;

import java.util.List;

/** A uniform random choice among runnable tasks at every scheduling point. */
final class RandomWalk implements SchedStrategy {
    private final SplitMix64 rng;

    RandomWalk(long seed) {
        this.rng = new SplitMix64(seed * 0x2545F4914F6CDD1DL + 1);
    }

    @Override
    public SimTask pick(List<SimTask> runnable, SimTask running, SchedPoint kind) {
        int n = runnable.size();
        return n == 1 ? runnable.get(0) : runnable.get(rng.nextInt(n));
    }
}
