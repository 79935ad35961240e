package org.reclaimtck.tck.examples;

import java.util.ArrayDeque;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.WaitQueue;

/**
 * A user's block driver: models a driver whose kthread serves requests ({@code struct request} with a
 * {@code struct completion}), writes each to the disk below and, in its completion path, allocates a status buffer
 * with {@code completionGfp} before {@code complete()}: the pattern of a driver that allocates in its I/O path.
 */
final class ToyBlockDriver {
    /** One request: a sector to write and the completion its submitter waits for. */
    private record Request(long sector, Completion done) {
    }

    private final KernelRuntime rt;
    private final PageAllocator pages;
    private final BlockDevice disk;
    private final Gfp completionGfp;
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    private final WaitQueue work;
    private long next;

    /** {@code probe()}: starts the kthread {@code name} serving requests onto {@code disk}. */
    ToyBlockDriver(Kernel k, String name, BlockDevice disk, Gfp completionGfp) {
        this.rt = k.runtime();
        this.pages = k.pageAllocator();
        this.disk = disk;
        this.completionGfp = completionGfp;
        this.work = rt.waitQueue(name + "->queue");
        rt.kthreadRun(name, this::serve);
    }

    /** What a filesystem calls: queues a write of {@code sector} and sleeps until the driver completes it. */
    void writeAndWait(long sector) {
        Request rq = new Request(sector, rt.completion("request #" + ++next + " done", "blkdrv_request->done"));
        queue.add(rq);
        work.wakeUpAll();
        rq.done().waitForCompletion();
    }

    private void serve() {
        while (!rt.kthreadShouldStop()) {
            work.waitEventIdle(() -> !queue.isEmpty() || rt.kthreadShouldStop());
            Request rq = queue.poll();
            if (rq == null) {
                continue;
            }
            disk.submitBioWait(BioOp.WRITE, rq.sector());
            long status = pages.allocPages(completionGfp, 0);
            if (status > 0) {
                pages.freePages(status, 0);
            }
            rq.done().complete();
        }
    }
}
