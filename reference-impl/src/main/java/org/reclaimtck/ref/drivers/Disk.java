package org.reclaimtck.ref.drivers;

import java.util.ArrayDeque;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Timer;

/**
 * A disk with a queue depth and a per-request virtual latency: models a {@code blk-mq} hardware queue whose
 * completion interrupt (a timer here) runs {@code bio_endio} in softirq context. Part type {@code disk}; options
 * {@code queue-depth} and {@code latency-us}.
 */
final class Disk implements BlockDeviceOperations {
    private final KernelRuntime rt;
    private final BlockLayer block;
    private final String name;
    private final int queueDepth;
    private final long latencyJiffies;
    private final ArrayDeque<Bio> waiting = new ArrayDeque<>();
    private int inflight;

    Disk(BlockDriverContext ctx) {
        this.rt = ctx.kernel().runtime();
        this.block = ctx.kernel().blockLayer();
        this.name = ctx.name();
        this.queueDepth = (int) Math.max(1, ctx.longOption("queue-depth", 32));
        long latencyMicros = ctx.longOption("latency-us", 100);
        long hz = rt.clock().hz();
        this.latencyJiffies = Math.max(1, (latencyMicros * hz + 999_999) / 1_000_000);
    }

    @Override
    public void submitBio(Bio bio) {
        if (inflight < queueDepth) {
            start(bio);
        } else {
            waiting.add(bio);
        }
    }

    private void start(Bio bio) {
        inflight++;
        Timer irq = rt.timer(name + " irq bio #" + bio.id() + " " + bio.op() + " sector " + bio.sector() + " on "
                + name, () -> complete(bio));
        irq.modTimer(rt.clock().jiffies() + latencyJiffies);
    }

    private void complete(Bio bio) {
        inflight--;
        block.bioEndio(bio, 0);
        Bio next = waiting.poll();
        if (next != null) {
            start(next);
        }
    }
}
