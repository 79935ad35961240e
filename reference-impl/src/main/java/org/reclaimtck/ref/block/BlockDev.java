package org.reclaimtck.ref.block;

import java.util.List;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.TraceEvent;

/** A block device of the model: models {@code struct gendisk} with its {@code submit_bio} ({@code block/blk-core.c}). */
public abstract class BlockDev implements BlockDevice {
    protected final SimRuntime rt;
    private final String name;
    private final BlockLayer layer;

    BlockDev(SimRuntime rt, BlockLayer layer, String name) {
        this.rt = rt;
        this.layer = layer;
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /** A new bio for this device (ids are per kernel, in submission order). */
    public Bio bioAlloc(BioOp op, long sector) {
        return new Bio(rt, layer.nextBioId(), this, op, sector);
    }

    /** {@code submit_bio()}. */
    public final void submit(Bio bio) {
        rt.trace(new TraceEvent.BioSubmitted(rt.clock().nanos(), rt.contextComm(), bio.id, name, bio.op.name(),
                bio.sector));
        queue(bio);
    }

    /** The driver's handling of a submitted bio. */
    abstract void queue(Bio bio);

    /** The tasks whose progress completes this device's bios (empty for a disk: its interrupt is a timer). */
    public abstract List<Task> completers();

    @Override
    public int submitBioWait(BioOp op, long sector) {
        Bio bio = bioAlloc(op, sector);
        submit(bio);
        return bio.await();
    }
}
