package org.reclaimtck.ref.drivers;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.task.Task;

/**
 * A loop device over a file: models {@code drivers/block/loop.c}. Its worker turns each bio into a read or
 * write of the backing file, allocating with GFP_KERNEL on the way. Variant {@code noio} (default,
 * d0a255e795ab) runs the worker under {@code memalloc_noio_save} with PF_LOCAL_THROTTLE (K-LOOP-1);
 * {@code no-noio} is the kernel before it, whose worker can recurse into I/O reclaim (K-LOOP-2, S2).
 */
final class LoopDevice implements BlockDeviceOperations {
    static final String NOIO = "noio";
    static final String NO_NOIO = "no-noio";

    private final KernelRuntime rt;
    private final BlockLayer block;
    private final OpenFile file;
    private final PageAllocator pages;
    private final boolean noio;
    private final ArrayDeque<Bio> queue = new ArrayDeque<>();
    private final WaitQueue work;
    private final Kthread worker;

    /** {@code loop_configure}: opens the backing file and starts the worker. */
    LoopDevice(BlockDriverContext ctx) {
        this.rt = ctx.kernel().runtime();
        this.block = ctx.kernel().blockLayer();
        this.file = ctx.lowerFile();
        this.pages = ctx.kernel().pageAllocator();
        this.noio = NOIO.equals(ctx.variant());
        this.work = rt.waitQueue(ctx.name() + "->lo_work");
        this.worker = rt.kthreadRun(ctx.name(), this::workerLoop);
    }

    @Override
    public void submitBio(Bio bio) {
        queue.add(bio);
        work.wakeUpAll();
    }

    private void workerLoop() {
        Task me = rt.current();
        while (!rt.kthreadShouldStop()) {
            work.waitEventIdle(() -> !queue.isEmpty() || rt.kthreadShouldStop());
            Bio bio = queue.poll();
            if (bio == null) {
                continue;
            }
            if (noio) {
                me.setFlag(PfFlag.PF_LOCAL_THROTTLE);
                try (MemallocScope scope = me.memallocNoioSave()) {
                    handle(bio);
                } finally {
                    me.clearFlag(PfFlag.PF_LOCAL_THROTTLE);
                }
            } else {
                handle(bio);
            }
        }
    }

    /** {@code loop_handle_cmd}: a GFP_KERNEL allocation for the command, then file I/O, then {@code bio_endio}. */
    private void handle(Bio bio) {
        long page = pages.allocPages(Gfp.GFP_KERNEL, 0);
        try {
            if (bio.op() == BioOp.WRITE) {
                file.write(bio.sector(), 1);
            } else {
                file.read(bio.sector(), 1);
            }
        } finally {
            if (page > 0) {
                pages.freePages(page, 0);
            }
        }
        block.bioEndio(bio, page > 0 ? 0 : -12);
    }

    @Override
    public Collection<? extends Task> completers() {
        return List.of(worker.task());
    }

    @Override
    public String toString() {
        return "loop on " + file.describe();
    }
}
