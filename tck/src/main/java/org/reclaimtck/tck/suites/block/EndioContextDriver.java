package org.reclaimtck.tck.suites.block;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;
import org.reclaimtck.spi.runtime.Kthread;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.runtime.WaitQueue;

/**
 * The kit's own block driver (type {@value #TYPE}), the block layer's probe for BLK-5: it hands every bio to its
 * worker kthread (named after the device), which ends the bios of odd id itself and those of even id from a timer,
 * as a completion interrupt would (softirq). It knows, as the one that called {@code bio_endio}, which context ran
 * each completion, and records it for the judge: the block layer's {@code block_bio_complete} must name that context.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class EndioContextDriver implements BlockDriverType {
    public static final String TYPE = "tck-endio-context";

    /** Bio id to the context that called {@code bio_endio} for it: the worker's comm or {@code softirq}. */
    private final Map<Long, String> endedBy = new LinkedHashMap<>();

    @Override
    public String name() {
        return TYPE;
    }

    public Map<Long, String> endedBy() {
        return endedBy;
    }

    @Override
    public BlockDeviceOperations probe(BlockDriverContext ctx) {
        KernelRuntime rt = ctx.kernel().runtime();
        BlockLayer block = ctx.kernel().blockLayer();
        ArrayDeque<Bio> queue = new ArrayDeque<>();
        WaitQueue work = rt.waitQueue(ctx.name() + "->work");
        Kthread worker = rt.kthreadRun(ctx.name(), () -> {
            while (!rt.kthreadShouldStop()) {
                work.waitEventIdle(() -> !queue.isEmpty() || rt.kthreadShouldStop());
                Bio bio = queue.poll();
                if (bio == null) {
                    continue;
                }
                if (bio.id() % 2 == 1) {
                    endedBy.put(bio.id(), rt.current().comm());
                    block.bioEndio(bio, 0);
                } else {
                    rt.timer(ctx.name() + " irq bio #" + bio.id(), () -> {
                        endedBy.put(bio.id(), "softirq");
                        block.bioEndio(bio, 0);
                    }).modTimer(rt.clock().jiffies() + 1);
                }
            }
        });
        return new BlockDeviceOperations() {
            @Override
            public void submitBio(Bio bio) {
                queue.add(bio);
                work.wakeUpAll();
            }

            @Override
            public Collection<? extends Task> completers() {
                return List.of(worker.task());
            }
        };
    }
}
