package org.reclaimtck.ref.rcu;

import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.rcu.Rcu;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;

/**
 * The kernel's RCU service: {@code rcu_read_lock}, {@code synchronize_rcu}, {@code call_rcu} ({@link RcuTree}) and
 * {@code kvfree_rcu} ({@link KfreeRcu}), whose {@code rcu-kfree} shrinker registers with the first {@code kvfree_rcu}
 * unless the variant drops it (K-RCU-1..3; the kernel registers it at boot: docs/model.md).
 */
public final class RcuCore implements Rcu {
    private final RcuTree tree;
    private final KfreeRcu kfree;

    /** {@code variant} is one of {@link RcuType}'s. */
    public RcuCore(SimRuntime rt, PageAllocator pages, ShrinkerRegistry shrinkers, String variant) {
        this.tree = new RcuTree(rt);
        this.kfree = new KfreeRcu(rt, tree, pages, RcuType.NO_KFREE_SHRINKER.equals(variant) ? null : shrinkers);
    }

    @Override
    public void readLock() {
        tree.readLock();
    }

    @Override
    public void readUnlock() {
        tree.readUnlock();
    }

    @Override
    public void synchronizeRcu() {
        tree.synchronizeRcu();
    }

    @Override
    public void callRcu(String name, Runnable callback) {
        tree.callRcu(name, callback);
    }

    @Override
    public void kfreeRcu(long pfn, int order) {
        kfree.queue(pfn, order);
    }
}
