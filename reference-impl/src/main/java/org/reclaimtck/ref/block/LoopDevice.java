package org.reclaimtck.ref.block;

import java.util.ArrayDeque;
import java.util.List;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
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
public final class LoopDevice extends BlockDev {
    public static final String PART = "loop";
    public static final String NOIO = "noio";
    public static final String NO_NOIO = "no-noio";

    private final BackingStore file;
    private final PageAllocator pages;
    private final boolean noio;
    private final ArrayDeque<Bio> queue = new ArrayDeque<>();
    private final WaitQueue work;
    private Kthread worker;

    public LoopDevice(SimRuntime rt, BlockLayer layer, String name, BackingStore file, PageAllocator pages,
                      String variant) {
        super(rt, layer, name);
        this.file = file;
        this.pages = pages;
        this.noio = NOIO.equals(variant);
        this.work = rt.waitQueue(name + "->lo_work");
    }

    /** {@code loop_configure}: starts the worker. */
    public void start() {
        worker = rt.kthreadRun(name(), this::workerLoop);
    }

    @Override
    void queue(Bio bio) {
        queue.add(bio);
        work.wakeUpAll();
    }

    private void workerLoop() {
        SimTask me = rt.current();
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
            if (bio.op == BioOp.WRITE) {
                file.write(bio.sector, 1);
            } else {
                file.read(bio.sector, 1);
            }
        } finally {
            if (page > 0) {
                pages.freePages(page, 0);
            }
        }
        bio.endio(page > 0 ? 0 : -12);
    }

    @Override
    public List<Task> completers() {
        return worker == null ? List.of() : List.of(worker.task());
    }

    @Override
    public String toString() {
        return name() + " on " + file.describe();
    }
}
