package org.reclaimtck.ref.writeback;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * Writeback as a selectable mechanism ({@code fs/fs-writeback.c}): {@code bdi_wq} with {@code WQ_MEM_RECLAIM} by default,
 * as {@code default_bdi_init} allocates it, or without (K-WQ-1). Selected with
 * {@code -Dreclaimtck.variant=writeback:<name>}.
 */
public final class WritebackType implements PartType {
    public static final String NAME = "writeback";
    public static final String MEM_RECLAIM_WQ = "mem-reclaim-wq";
    public static final String NO_MEM_RECLAIM_WQ = "no-mem-reclaim-wq";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "flushers on bdi_wq, dirty limits, balance_dirty_pages (fs/fs-writeback.c, mm/page-writeback.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, MEM_RECLAIM_WQ, true, "bdi_wq is WQ_MEM_RECLAIM: a rescuer runs the flushers when"
                        + " no worker can be created (K-WQ-1)"),
                new Variant(NAME, NO_MEM_RECLAIM_WQ, false, "bdi_wq without WQ_MEM_RECLAIM: under pressure the"
                        + " flushers wait for a worker that needs memory to be created"));
    }
}
