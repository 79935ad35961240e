package org.reclaimtck.ref.xfs;

import java.util.List;
import org.reclaimtck.spi.fs.SuperOperations;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.FileSystemType;
import org.reclaimtck.spi.part.FsContext;

/**
 * Filesystem type {@code xfs}: the reference's XFS-like journaling filesystem ({@code fs/xfs/}); options
 * {@code log-units}, {@code max-inodes} and {@code inodes-per-cluster}; variants of its transactions' scope, of inode
 * reclaim and of eviction.
 */
public final class XfsType implements FileSystemType {
    public static final String NAME = "xfs";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "XFS-like journaling filesystem with bounded log space (fs/xfs/)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, Xfs.NOFS_TRANSACTIONS, true,
                        "transactions run under memalloc_nofs_save, as __xfs_trans_alloc does (K-FS-5); inodes that"
                                + " need inactivation go to the inodegc worker (K-FS-6, K-FS-7)"),
                new Variant(NAME, Xfs.NO_NOFS_SCOPE, false,
                        "transactions without a NOFS scope: GFP_KERNEL inside recurses into the same fs (S3)"),
                new Variant(NAME, Xfs.NOFAIL_IN_RECLAIM, false,
                        "inode reclaim (free_cached_objects) allocates GFP_NOFS|__GFP_NOFAIL in reclaim context (S5)"),
                new Variant(NAME, Xfs.NOFAIL_HIGH_ORDER, false,
                        "inode reclaim allocates an order-2 GFP_NOFS|__GFP_NOFAIL buffer on the reclaim path (S5)"),
                new Variant(NAME, Xfs.INLINE_EVICT, false,
                        "no inodegc: ->evict_inode inactivates inline, in reclaim too, waiting for log space and I/O"
                                + " (before v5.14; S4)"));
    }

    @Override
    public SuperOperations fillSuper(FsContext ctx) {
        return new Xfs(ctx);
    }
}
