package org.reclaimtck.ref.mempool;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * Part type {@value #NAME}: the reference kernel's memory pools ({@code mm/mempool.c}), a mechanism whose behaviour
 * is selectable, e.g. {@code -Dreclaimtck.variant=mempool:fails}.
 */
public final class MempoolType implements PartType {
    public static final String NAME = "mempool";
    public static final String WAITS = "waits";
    public static final String FAILS = "fails";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "memory pools with a guaranteed reserve (mm/mempool.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, WAITS, true, "a blocking mempool_alloc with the reserve empty waits for an element"
                        + " to be freed (io_schedule_timeout(5*HZ)) and tries again: it never fails (K-MEMPOOL-1)"),
                new Variant(NAME, FAILS, false, "mempool_alloc returns NULL to a blocking caller when the allocator"
                        + " and the reserve are both empty, as a plain kmalloc would: the guarantee users rely on is"
                        + " gone"));
    }
}
