package org.reclaimtck.ref.block;

import java.util.List;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.task.Task;

/** A device-mapper linear target: models {@code drivers/md/dm-linear.c}, remapping each bio to the device below. */
public final class DmLinear extends BlockDev {
    private final BlockDev lower;

    public DmLinear(SimRuntime rt, BlockLayer layer, String name, BlockDev lower) {
        super(rt, layer, name);
        this.lower = lower;
    }

    @Override
    void queue(Bio bio) {
        Bio clone = lower.bioAlloc(bio.op, bio.sector);
        clone.onEnd(() -> bio.endio(clone.status));
        lower.submit(clone);
    }

    @Override
    public List<Task> completers() {
        return lower.completers();
    }
}
