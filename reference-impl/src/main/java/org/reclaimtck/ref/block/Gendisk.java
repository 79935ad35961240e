package org.reclaimtck.ref.block;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * A block device as the kernel holds it: models {@code struct gendisk} / {@code struct block_device}
 * ({@code block/genhd.c}) with its driver's ops. The tasks that can complete its bios are what the driver declares
 * plus, as the stack says, whatever completes the devices it sits on: a dm target's bio ends when the loop device
 * below ends its clone.
 */
public final class Gendisk implements BlockDevice {
    private final String name;
    private final BlockLayerCore layer;
    private final List<Gendisk> lower;
    private BlockDeviceOperations ops;
    /** Bios submitted and not ended: the request tags in use ({@link BlockLayerCore#NR_REQUESTS}). */
    int inFlight;
    private WaitQueue tagWait;

    Gendisk(String name, BlockLayerCore layer, List<Gendisk> lower) {
        this.name = name;
        this.layer = layer;
        this.lower = List.copyOf(lower);
    }

    /** The tag sleepers' queue ({@code blk_mq_tags->bitmap_tags.ws}), made on first use; woken by the completers. */
    WaitQueue tagWait(SimRuntime rt) {
        if (tagWait == null) {
            tagWait = rt.waitQueue("blk_mq_get_tag " + name, WaitKind.WAITQUEUE, "bio:" + name);
            tagWait.wokenBy(this::completers);
        }
        return tagWait;
    }

    int tagWaiters() {
        return tagWait == null ? 0 : tagWait.waiters();
    }

    /** {@code add_disk}: the driver's ops, once probed. */
    public void setOps(BlockDeviceOperations ops) {
        this.ops = ops;
    }

    BlockDeviceOperations ops() {
        if (ops == null) {
            throw new IllegalStateException("bio submitted to " + name + " before its driver finished probing it");
        }
        return ops;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int submitBioWait(BioOp op, long sector) {
        return layer.submitBioWait(layer.bioAlloc(this, op, sector));
    }

    /** {@code __blkdev_direct_IO_simple}: one bio from {@code blkdev_dio_pool} with GFP_KERNEL, waited for. */
    @Override
    public int submitBioWait(BioOp op, long sector, int sectors) {
        return layer.submitBioWait(layer.bioAllocBioset(this, op, sector, sectors, Gfp.GFP_KERNEL, layer.dioPool()));
    }

    /** The tasks whose progress completes this device's bios: the driver's own and those of the devices below. */
    public List<Task> completers() {
        Set<Task> out = new LinkedHashSet<>();
        if (ops != null) {
            out.addAll(ops.completers());
        }
        for (Gendisk d : lower) {
            out.addAll(d.completers());
        }
        return new ArrayList<>(out);
    }

    @Override
    public String toString() {
        return name;
    }
}
