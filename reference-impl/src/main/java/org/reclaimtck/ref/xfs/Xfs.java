package org.reclaimtck.ref.xfs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.AddressSpaceOperations;
import org.reclaimtck.spi.fs.Folio;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.Journal;
import org.reclaimtck.spi.fs.SuperOperations;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.fs.WritebackControl;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.PageCache;
import org.reclaimtck.spi.part.FsContext;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.task.NofsContext;
import org.reclaimtck.spi.task.Task;

/**
 * An XFS-like journaling filesystem: models {@code fs/xfs/xfs_trans.c}, {@code xfs_super.c} ({@code
 * xfs_fs_evict_inode}, {@code xfs_fs_destroy_inode}), {@code xfs_inode.c} ({@code xfs_inactive}), {@code xfs_aops.c}
 * and {@code xfs_iomap.c}: transactions with bounded log space that run under a NOFS scope (variant
 * {@code nofs-transactions}, default, K-FS-5; {@code no-nofs-scope} is the bug of S3), inode inactivation (unlinked
 * inodes, post-EOF blocks: a transaction and a read of the inode cluster) deferred by {@code ->destroy_inode} to the
 * inodegc worker (default, K-FS-6, K-FS-7) or run inline by {@code ->evict_inode} ({@code inline-evict} and the older
 * variants: K-FS-3, K-FS-4), direct I/O and writeback that allocate blocks in a transaction. A part like a user's: SPI
 * only.
 */
final class Xfs implements SuperOperations, AddressSpaceOperations {
    static final String NOFS_TRANSACTIONS = "nofs-transactions";
    static final String NO_NOFS_SCOPE = "no-nofs-scope";
    static final String NOFAIL_IN_RECLAIM = "nofail-in-reclaim";
    static final String NOFAIL_HIGH_ORDER = "nofail-high-order";
    static final String INLINE_EVICT = "inline-evict";
    /** THREAD_SIZE-like order of the high-order variant's buffer: 4 pages. */
    private static final int HIGH_ORDER = 2;
    /** Where file data starts on the device; the log is below. */
    private static final long DATA_START = 1024;

    private final KernelRuntime rt;
    private final PageAllocator pages;
    private final PageCache pageCache;
    private final BlockLayer block;
    private final String label;
    private final BlockDevice device;
    private final boolean nofsScope;
    /** Order of the NOFAIL buffer {@code free_cached_objects} takes per call, or -1 (the default: none). */
    private final int reclaimNofailOrder;
    private final int maxInodes;
    private final Journal log;
    /** The inodegc of the default; null where eviction inactivates inline (the other variants). */
    private final XfsInodegc inodegc;
    /** Inode cluster buffers read in ({@code xfs_buf} cache; never reclaimed in the model), by cluster number. */
    private final Set<Long> clusterBuffers = new HashSet<>();
    private final int inodesPerCluster;
    /** Files with speculative preallocation past EOF ({@code xfs_can_free_eofblocks}), by path. */
    private final Set<String> eofBlocks = new HashSet<>();
    /** The per-superblock NOFS proposal's reclaim context of this filesystem: its superblock and nesting depth. */
    private final NofsContext nofsContext;
    private int inodes;

    /** {@code xfs_fs_fill_super}: mounts on {@code ctx.device()}, starting the log. */
    Xfs(FsContext ctx) {
        this.rt = ctx.kernel().runtime();
        this.pages = ctx.kernel().pageAllocator();
        this.pageCache = ctx.kernel().pageCache();
        this.block = ctx.kernel().blockLayer();
        this.label = ctx.name();
        this.device = ctx.device();
        this.nofsScope = !NO_NOFS_SCOPE.equals(ctx.variant());
        this.reclaimNofailOrder = NOFAIL_IN_RECLAIM.equals(ctx.variant()) ? 0
                : NOFAIL_HIGH_ORDER.equals(ctx.variant()) ? HIGH_ORDER : -1;
        this.maxInodes = (int) ctx.longOption("max-inodes", 512);
        this.log = ctx.createJournal((int) ctx.longOption("log-units", 16));
        this.inodesPerCluster = (int) ctx.longOption("inodes-per-cluster", 32);
        if (NOFS_TRANSACTIONS.equals(ctx.variant())) {
            this.inodegc = new XfsInodegc(rt, ctx.kernel().shrinkers(), label, inodesPerCluster, this::inactive);
        } else {
            this.inodegc = null;
        }
        this.nofsContext = new NofsContext(label, ctx.superBlock().stackDepth());
    }

    @Override
    public AddressSpaceOperations addressSpaceOperations() {
        return this;
    }

    /**
     * {@code xfs_trans_alloc}: the struct with GFP_KERNEL|__GFP_NOFAIL, then the NOFS scope
     * ({@code xfs_trans_set_context}, opened with this superblock's reclaim context, so a per-superblock NOFS policy
     * sees it; the kernel's {@code memalloc_nofs_save} otherwise), then the log reservation (which may sleep while the
     * log is full).
     */
    @Override
    public Transaction transStart(String reason, int logUnits) {
        Task me = rt.current();
        long structPage = pages.allocPages(Gfp.GFP_KERNEL.or(Gfp.__GFP_NOFAIL), 0);
        XfsTransaction t = new XfsTransaction(this, structPage, nofsScope ? me.memallocNofsSave(nofsContext) : null);
        t.open(log.start(reason, logUnits));
        return t;
    }

    /** {@code xfs_trans_commit}: the journal's commit, then {@code xfs_trans_clear_context}, then the struct. */
    void commit(XfsTransaction t) {
        t.journal().close();
        if (t.nofs() != null) {
            t.nofs().close();
        }
        if (t.structPage() > 0) {
            // a NOFAIL request a scope stripped of direct reclaim can fail (nowait-scope, K-ALLOC-14): nothing to free
            pages.freePages(t.structPage(), 0);
        }
    }

    /**
     * Per-superblock NOFS (proposal): reclaim inside this filesystem's own NOFS scope may enter it only if the
     * reclaiming task holds no transaction ({@code current->journal_info}): inode eviction needs log space that an
     * open transaction may be holding (K-FS-5, S3).
     */
    @Override
    public boolean nofsReclaimSafe() {
        return rt.current().journalInfo() == null;
    }

    /** {@code xfs_iget}: reading the inode in; the inode table is bounded. */
    @Override
    public void readInode(Inode inode) {
        if (inodes >= maxInodes) {
            throw new IllegalStateException(label + ": inode table full (" + maxInodes + ")");
        }
        inodes++;
    }

    /**
     * {@code xfs_fs_nr_cached_objects} ({@code xfs_reclaim_inodes_count}): in-core XFS inodes waiting for reclaim. The
     * default frees its in-core inode at eviction and keeps none; the S5 variants keep every inode read in, so the
     * superblock shrinker calls {@link #freeCachedObjects} (docs/model.md).
     */
    @Override
    public long nrCachedObjects(ShrinkControl sc) {
        return reclaimNofailOrder < 0 ? 0 : inodes;
    }

    /**
     * {@code xfs_fs_free_cached_objects} ({@code xfs_reclaim_inodes_nr}) in the S5 variants: flushing the inode
     * cluster takes a buffer with {@code GFP_NOFS|__GFP_NOFAIL} from reclaim context (PF_MEMALLOC), of order 0
     * ({@value #NOFAIL_IN_RECLAIM}) or 2 ({@value #NOFAIL_HIGH_ORDER}); the allocator warns (K-ALLOC-13).
     */
    @Override
    public long freeCachedObjects(ShrinkControl sc) {
        if (reclaimNofailOrder < 0) {
            return 0;
        }
        long buf = pages.allocPages(Gfp.GFP_NOFS.or(Gfp.__GFP_NOFAIL), reclaimNofailOrder);
        pages.freePages(buf, reclaimNofailOrder);
        return 0;
    }

    /**
     * {@code xfs_fs_evict_inode}: the page cache goes (not modelled), then {@code clear_inode}. Where eviction is
     * inline (every variant but the default) it inactivates here, in the evicting context, reclaim included: an inode
     * that needs it ({@link #needsInactive}) as {@link #inactive}, any other with a one-unit transaction, as the model
     * did before inodegc (K-FS-3, K-FS-4).
     */
    @Override
    public void evictInode(Inode inode) {
        inodes--;
        if (inodegc != null) {
            return;
        }
        if (needsInactive(inode)) {
            inactive(inode);
        } else {
            transStart("inactive " + inode.ino(), 1).close();
        }
    }

    /**
     * {@code xfs_fs_destroy_inode} → {@code xfs_inode_mark_reclaimable}: with inodegc an inode that needs inactivation
     * is queued to the worker ({@code xfs_inodegc_queue}, K-FS-6); the others become reclaimable at once.
     */
    @Override
    public void destroyInode(Inode inode) {
        if (inodegc != null && needsInactive(inode)) {
            inodegc.queue(inode);
        }
    }

    /** {@code xfs_vn_unlink} → {@code xfs_remove}: the directory entry goes in a transaction. */
    @Override
    public void unlink(Inode inode) {
        transStart("remove " + inode.path(), 1).close();
    }

    /** {@code xfs_inode_needs_inactive}: unlinked, or blocks past EOF to free. */
    private boolean needsInactive(Inode inode) {
        return inode.nlink() == 0 || eofBlocks.contains(inode.path());
    }

    /**
     * {@code xfs_inactive}: {@code xfs_free_eofblocks} or, for an unlinked inode, {@code xfs_inactive_truncate} and
     * {@code xfs_inactive_ifree}: one transaction (log space) that frees the blocks and, the first time one of its
     * cluster is inactivated, reads the inode's cluster buffer ({@code xfs_imap_to_bp}, a bio waited for).
     */
    private void inactive(Inode inode) {
        eofBlocks.remove(inode.path());
        try (Transaction t = transStart("inactive " + inode.ino(), 1)) {
            long cluster = inode.ino() / inodesPerCluster;
            if (clusterBuffers.add(cluster)) {
                device.submitBioWait(BioOp.READ, DATA_START - 1 - cluster % 512);
            }
        }
    }

    @Override
    public void readFolio(Folio folio) {
        device.submitBioWait(BioOp.READ, DATA_START + folio.index());
    }

    /**
     * {@code xfs_vm_writepages} (iomap): allocate the blocks of the dirty range in one transaction
     * ({@code xfs_map_blocks} converting the delalloc extent), then per folio start its writeback ({@code writeback_iter}) and submit a write bio whose completion
     * ends the folio's writeback ({@code iomap_finish_ioend}); it does not wait for the I/O.
     */
    @Override
    public long writepages(AddressSpace mapping, WritebackControl wbc) {
        List<Folio> dirty = pageCache.dirtyFolios(mapping, wbc.nrToWrite());
        if (dirty.isEmpty()) {
            return 0;
        }
        transStart("writepages " + mapping.path(), 1).close();
        eofBlocks.add(mapping.path());
        long written = 0;
        for (Folio f : dirty) {
            if (!pageCache.folioTryStartWriteback(f, wbc.syncAll())) {
                continue;
            }
            Bio bio = block.bioAlloc(device, BioOp.WRITE, DATA_START + f.index());
            pageCache.bioAddFolio(bio, f);
            bio.setEndIo(b -> pageCache.folioEndWriteback(f));
            block.submitBio(bio);
            written++;
        }
        return written;
    }

    /** {@code xfs_file_dio_write/read} (iomap): a write allocates each block in a transaction, then writes it. */
    @Override
    public void directIo(AddressSpace mapping, BioOp op, long index, int blocks) {
        for (int i = 0; i < blocks; i++) {
            if (op == BioOp.WRITE) {
                try (Transaction t = transStart("write " + mapping.path(), 1)) {
                    long page = pages.allocPages(Gfp.GFP_KERNEL, 0);
                    if (page > 0) {
                        pages.freePages(page, 0);
                    }
                }
            }
            device.submitBioWait(op, DATA_START + index + i);
        }
    }

    @Override
    public String toString() {
        return "xfs " + label;
    }
}
