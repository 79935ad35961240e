package org.reclaimtck.ref.rcu;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * Part type {@value #NAME}: the reference kernel's RCU ({@code kernel/rcu/}, {@code mm/slab_common.c}), a mechanism
 * whose behaviour is selectable, e.g. {@code -Dreclaimtck.variant=rcu:no-kfree-shrinker}.
 */
public final class RcuType implements PartType {
    public static final String NAME = "rcu";
    public static final String KFREE_SHRINKER = "kfree-shrinker";
    public static final String NO_KFREE_SHRINKER = "no-kfree-shrinker";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "RCU grace periods and kvfree_rcu batching (kernel/rcu/tree.c, mm/slab_common.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, KFREE_SHRINKER, true, "kvfree_rcu batches drain after KFREE_DRAIN_JIFFIES (5*HZ)"
                        + " or when the rcu-kfree shrinker asks, so reclaim can start the grace period that frees"
                        + " them (K-RCU-2, K-RCU-3)"),
                new Variant(NAME, NO_KFREE_SHRINKER, false, "no rcu-kfree shrinker (before v5.9): batches drain only"
                        + " on the 5*HZ timer, and reclaim cannot get at memory that only waits for RCU"));
    }
}
