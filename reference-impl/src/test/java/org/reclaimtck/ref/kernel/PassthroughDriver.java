package org.reclaimtck.ref.kernel;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.Task;

/**
 * A test's own block driver, written against the SPI only: a kthread serves each bio by a synchronous clone to the
 * device below, then ends it; {@code endTwice} makes it call {@code bio_endio} twice (a driver bug).
 */
final class PassthroughDriver implements BlockDriverType {
    private final boolean endTwice;

    PassthroughDriver(boolean endTwice) {
        this.endTwice = endTwice;
    }

    @Override
    public String name() {
        return "passthru";
    }

    @Override
    public BlockDeviceOperations probe(BlockDriverContext ctx) {
        return new Ops(ctx, endTwice);
    }

    private static final class Ops implements BlockDeviceOperations {
        private final KernelRuntime rt;
        private final BlockLayer block;
        private final BlockDevice lower;
        private final boolean endTwice;
        private final ArrayDeque<Bio> queue = new ArrayDeque<>();
        private final WaitQueue work;
        private final Kthread worker;

        Ops(BlockDriverContext ctx, boolean endTwice) {
            this.rt = ctx.kernel().runtime();
            this.block = ctx.kernel().blockLayer();
            this.lower = ctx.lowerDevices().get(0);
            this.endTwice = endTwice;
            this.work = rt.waitQueue(ctx.name() + "->queue");
            this.worker = rt.kthreadRun(ctx.name() + "_worker", this::serve);
        }

        @Override
        public void submitBio(Bio bio) {
            queue.add(bio);
            work.wakeUpAll();
        }

        private void serve() {
            while (!rt.kthreadShouldStop()) {
                work.waitEventIdle(() -> !queue.isEmpty() || rt.kthreadShouldStop());
                Bio bio = queue.poll();
                if (bio == null) {
                    continue;
                }
                int status = block.submitBioWait(block.bioAlloc(lower, bio.op(), bio.sector()));
                block.bioEndio(bio, status);
                if (endTwice) {
                    block.bioEndio(bio, status);
                }
            }
        }

        @Override
        public Collection<? extends Task> completers() {
            return List.of(worker.task());
        }
    }
}
