package org.reclaimtck.ref.block;

import java.util.ArrayDeque;
import java.util.List;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.runtime.Timer;
import org.reclaimtck.spi.task.Task;

/**
 * A disk with a queue depth and a per-request virtual latency: models a {@code blk-mq} hardware queue
 * whose completion interrupt (a timer here) runs {@code bio_endio} in softirq context.
 */
public final class Disk extends BlockDev {
    private final int queueDepth;
    private final long latencyJiffies;
    private final ArrayDeque<Bio> waiting = new ArrayDeque<>();
    private int inflight;

    public Disk(SimRuntime rt, BlockLayer layer, String name, int queueDepth, long latencyMicros) {
        super(rt, layer, name);
        this.queueDepth = Math.max(1, queueDepth);
        long hz = rt.clock().hz();
        this.latencyJiffies = Math.max(1, (latencyMicros * hz + 999_999) / 1_000_000);
    }

    @Override
    void queue(Bio bio) {
        if (inflight < queueDepth) {
            start(bio);
        } else {
            waiting.add(bio);
        }
    }

    private void start(Bio bio) {
        inflight++;
        Timer irq = rt.timer(name() + " irq " + bio, () -> complete(bio));
        irq.modTimer(rt.clock().jiffies() + latencyJiffies);
    }

    private void complete(Bio bio) {
        inflight--;
        bio.endio(0);
        Bio next = waiting.poll();
        if (next != null) {
            start(next);
        }
    }

    @Override
    public List<Task> completers() {
        return List.of();
    }
}
