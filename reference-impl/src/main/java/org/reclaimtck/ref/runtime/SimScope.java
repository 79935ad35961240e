package org.reclaimtck.ref.runtime;

import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.NofsContext;
import org.reclaimtck.spi.task.PfFlag;

/**
 * The token of one {@code memalloc_*_save()}: models {@code memalloc_flags_save()} of
 * {@code include/linux/sched/mm.h}, which restores only the bit it newly set (K-SCOPE-1). A per-superblock NOFS scope
 * (proposal, S8) also carries its {@link NofsContext}.
 */
final class SimScope implements MemallocScope {
    private final SimTask task;
    private final PfFlag flag;
    private final String saveName;
    private final String savedAt;
    final boolean newlySet;
    /** The superblock and depth of a per-superblock NOFS scope, else null. */
    final NofsContext nofsContext;
    boolean restored;

    SimScope(SimTask task, PfFlag flag, String saveName, String savedAt, boolean newlySet, NofsContext nofsContext) {
        this.task = task;
        this.nofsContext = nofsContext;
        this.flag = flag;
        this.saveName = saveName;
        this.savedAt = savedAt;
        this.newlySet = newlySet;
    }

    @Override
    public PfFlag flag() {
        return flag;
    }

    @Override
    public String saveName() {
        return saveName;
    }

    @Override
    public String savedAt() {
        return savedAt;
    }

    String restoreName() {
        return saveName.replace("_save", "_restore");
    }

    @Override
    public void close() {
        task.restore(this);
    }

    @Override
    public String toString() {
        return saveName + "() at " + savedAt;
    }
}
