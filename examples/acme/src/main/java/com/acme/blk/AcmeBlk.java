package com.acme.blk;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.Task;

/**
 * Acme's bio-based stacking driver: models a driver like {@code drivers/md/dm-crypt.c} whose kthread
 * ({@code kcryptd}-like, named after the device) takes each bio off a queue, allocates a bounce page for it
 * ({@code crypt_alloc_buffer}), submits a clone to the device below and waits for it, then ends the original with
 * {@code bio_endio}. Variant {@code noio} (default) runs the kthread under {@code memalloc_noio_save}, so the bounce
 * allocation cannot recurse into I/O; {@code gfp-kernel} allocates with {@code GFP_KERNEL}, so reclaim from this
 * device's own I/O path can wait for a bio only this kthread completes (S2's pattern, K-LOOP-2).
 */
final class AcmeBlk implements BlockDeviceOperations {
    static final String NOIO = "noio";
    static final String GFP_KERNEL = "gfp-kernel";

    private final KernelRuntime rt;
    private final BlockLayer block;
    private final PageAllocator pages;
    private final BlockDevice lower;
    private final boolean noio;
    private final ArrayDeque<Bio> queue = new ArrayDeque<>();
    private final WaitQueue work;
    private final Kthread worker;

    /** {@code probe}: one device below, a queue and its kthread. */
    AcmeBlk(BlockDriverContext ctx) {
        if (ctx.lowerDevices().size() != 1) {
            throw new IllegalArgumentException(ctx.name() + ": acmeblk needs exactly one device below, got "
                    + ctx.lowerDevices().size());
        }
        this.rt = ctx.kernel().runtime();
        this.block = ctx.kernel().blockLayer();
        this.pages = ctx.kernel().pageAllocator();
        this.lower = ctx.lowerDevices().get(0);
        this.noio = !GFP_KERNEL.equals(ctx.variant());
        this.work = rt.waitQueue(ctx.name() + "->queue");
        this.worker = rt.kthreadRun(ctx.name(), this::serve);
    }

    /** {@code ->submit_bio}: queues the bio for the kthread, never waits in the submitter's context. */
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
            if (noio) {
                try (MemallocScope scope = rt.current().memallocNoioSave()) {
                    handle(bio);
                }
            } else {
                handle(bio);
            }
        }
    }

    /** {@code kcryptd_crypt_write_convert}-like: bounce page, clone to the device below, wait, end the original. */
    private void handle(Bio bio) {
        long bounce = pages.allocPages(Gfp.GFP_KERNEL, 0);
        int status = -12;
        if (bounce > 0) {
            Bio clone = block.bioAlloc(lower, bio.op(), bio.sector());
            clone.setPrivate(bio);
            status = block.submitBioWait(clone);
            pages.freePages(bounce, 0);
        }
        block.bioEndio(bio, status);
    }

    @Override
    public Collection<? extends Task> completers() {
        return List.of(worker.task());
    }

    @Override
    public String toString() {
        return "acmeblk on " + lower.name();
    }
}
