package org.reclaimtck.ref.drivers;

import java.util.List;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.ModuleContext;
import org.reclaimtck.spi.part.ModuleType;

/** Module type {@code dm-bufio}: a dm-bufio client and its shrinker ({@code drivers/md/dm-bufio.c}), with variants. */
public final class DmBufioType implements ModuleType {
    public static final String NAME = "dm-bufio";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "dm-bufio client caching blocks of a device, with its shrinker (drivers/md/dm-bufio.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, DmBufio.ASYNC, true,
                        "shrinker never blocks; dirty buffers written by a WQ_MEM_RECLAIM worker (2020 thread)"),
                new Variant(NAME, DmBufio.GFP_FS, false,
                        "shrinker blocks on I/O only with __GFP_FS (9d28eb12447e as merged, K-DM-2)"),
                new Variant(NAME, DmBufio.GFP_IO, false,
                        "shrinker blocks on I/O whenever __GFP_IO is set (v3.2, before 9d28eb12447e, K-DM-1, S1)"));
    }

    @Override
    public Object load(ModuleContext ctx) {
        return new DmBufio(ctx);
    }
}
