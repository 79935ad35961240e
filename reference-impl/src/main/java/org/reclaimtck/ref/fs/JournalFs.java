package org.reclaimtck.ref.fs;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaimtck.ref.block.BackingStore;
import org.reclaimtck.ref.block.BlockDev;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.ref.vmscan.FileLru;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.RwSemaphore;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A journaling filesystem: models an XFS-like {@code struct super_block} ({@code fs/super.c},
 * {@code fs/xfs/xfs_trans.c}, {@code fs/inode.c}): transactions with bounded log space that run under a
 * NOFS scope (variant {@code nofs-transactions}, default, K-FS-5; {@code no-nofs-scope} is the bug of S3),
 * an inode cache, direct-I/O style file writes that allocate blocks in a transaction, and eviction
 * that needs a transaction ({@code evict_inode}, K-FS-3, K-FS-4).
 */
public final class JournalFs implements SuperBlock {
    public static final String PART = "fs";
    public static final String NOFS_TRANSACTIONS = "nofs-transactions";
    public static final String NO_NOFS_SCOPE = "no-nofs-scope";

    private final SimRuntime rt;
    private final PageAllocator pages;
    private final String label;
    private final BlockDev device;
    private final boolean nofsScope;
    private final int maxInodes;
    private final JournalLog log;
    private final RwSemaphore umount;
    private final Map<Long, CachedInode> inodes = new LinkedHashMap<>();
    private final SuperShrinker shrinker;
    private final FileLru lru;
    private final Map<String, PageCache> pageCaches = new LinkedHashMap<>();

    public JournalFs(SimRuntime rt, PageAllocator pages, FileLru lru, String label, BlockDev device, int logUnits,
                     int maxInodes, String variant) {
        this.rt = rt;
        this.pages = pages;
        this.lru = lru;
        this.label = label;
        this.device = device;
        this.maxInodes = maxInodes;
        this.nofsScope = !NO_NOFS_SCOPE.equals(variant);
        this.log = new JournalLog(rt, label, device, logUnits);
        this.umount = rt.rwsem(label + "->s_umount", "&type->s_umount_key");
        this.shrinker = new SuperShrinker(this);
    }

    /** Mount: starts the log writer. */
    public void start() {
        log.start();
    }

    public SuperShrinker shrinker() {
        return shrinker;
    }

    @Override
    public String id() {
        return label;
    }

    @Override
    public BlockDevice device() {
        return device;
    }

    /**
     * {@code xfs_trans_alloc}: the struct with GFP_KERNEL|__GFP_NOFAIL, then the NOFS scope and journal_info,
     * then the log reservation (which may sleep while the log is full).
     */
    @Override
    public Transaction transStart(String reason, int logUnits) {
        SimTask me = rt.current();
        JournalTransaction t = new JournalTransaction(this, me, reason, logUnits);
        t.structPage = pages.allocPages(Gfp.GFP_KERNEL.or(Gfp.__GFP_NOFAIL), 0);
        if (nofsScope) {
            t.nofs = me.memallocNofsSave();
        }
        t.outerJournalInfo = me.journalInfo();
        me.setJournalInfo(t);
        log.reserve(t);
        t.reserved = true;
        rt.lockAcquired(t, LockKind.TRANSACTION, "'" + reason + "' on " + label, JournalLog.lockClass(label));
        return t;
    }

    void commit(JournalTransaction t) {
        SimTask me = rt.current();
        if (t.owner() != me) {
            throw new IllegalStateException(t + " committed by " + me + ", not by its owner " + t.owner());
        }
        log.commit(t);
        rt.lockReleased(t);
        me.setJournalInfo(t.outerJournalInfo);
        if (t.nofs != null) {
            t.nofs.close();
        }
        pages.freePages(t.structPage, 0);
    }

    @Override
    public Inode iget(long ino) {
        enter("iget");
        try {
            CachedInode inode = inodes.get(ino);
            if (inode == null) {
                if (inodes.size() >= maxInodes) {
                    throw new IllegalStateException(label + ": inode table full (" + maxInodes + ")");
                }
                long page = pages.allocPages(Gfp.GFP_KERNEL, 0);
                inode = new CachedInode(this, ino, page);
                inodes.put(ino, inode);
            }
            inode.refs++;
            return inode;
        } finally {
            leave("iget");
        }
    }

    @Override
    public void iput(Inode inode) {
        CachedInode c = (CachedInode) inode;
        if (c.refs <= 0) {
            throw new IllegalStateException("iput of unreferenced inode " + c.ino() + " on " + label);
        }
        c.refs--;
    }

    /** A write through the filesystem: per block, allocate it in a transaction, then write the data. */
    @Override
    public void writeFile(String path, long block, int blocks) {
        enter("write_iter " + path);
        try {
            for (int i = 0; i < blocks; i++) {
                try (Transaction t = transStart("write " + path, 1)) {
                    long page = pages.allocPages(Gfp.GFP_KERNEL, 0);
                    if (page > 0) {
                        pages.freePages(page, 0);
                    }
                }
                device.submitBioWait(BioOp.WRITE, 1024 + block + i);
            }
        } finally {
            leave("write_iter " + path);
        }
    }

    /** Buffered read: folios not cached are allocated, read from the device and left clean on the LRU. */
    @Override
    public void readFile(String path, long block, int blocks) {
        enter("read_iter " + path);
        try {
            PageCache cache = pageCaches.computeIfAbsent(path, PageCache::new);
            for (int i = 0; i < blocks; i++) {
                long index = block + i;
                if (cache.cached.contains(index)) {
                    continue;
                }
                long page = pages.allocPages(Gfp.GFP_HIGHUSER_MOVABLE, 0);
                if (page < 0) {
                    continue;
                }
                device.submitBioWait(BioOp.READ, 1024 + index);
                cache.cached.add(index);
                lru.add(cache, index, page);
            }
        } finally {
            leave("read_iter " + path);
        }
    }

    /** The page cache of one file ({@code struct address_space}): which indices are cached. */
    private static final class PageCache implements FileLru.Owner {
        final java.util.Set<Long> cached = new java.util.TreeSet<>();

        PageCache(String path) {
        }

        @Override
        public void evicted(long index) {
            cached.remove(index);
        }
    }

    private void directRead(String path, long block, int blocks) {
        enter("read_iter " + path);
        try {
            for (int i = 0; i < blocks; i++) {
                device.submitBioWait(BioOp.READ, 1024 + block + i);
            }
        } finally {
            leave("read_iter " + path);
        }
    }

    /** The file as a loop device's backing store (direct I/O, as {@code LO_FLAGS_DIRECT_IO}). */
    public BackingStore file(String path) {
        return new BackingStore() {
            @Override
            public void write(long block, int blocks) {
                writeFile(path, block, blocks);
            }

            @Override
            public void read(long block, int blocks) {
                directRead(path, block, blocks);
            }

            @Override
            public String describe() {
                return label + ":" + path;
            }
        };
    }

    // ---- the superblock shrinker's side (fs/super.c, fs/inode.c) ---------------------------------

    int unusedInodes() {
        int n = 0;
        for (CachedInode i : inodes.values()) {
            if (i.refs == 0) {
                n++;
            }
        }
        return n;
    }

    RwSemaphore umount() {
        return umount;
    }

    /** {@code prune_icache_sb}: evicts up to {@code nr} unused inodes, oldest first. */
    long pruneInodes(long nr) {
        long freed = 0;
        Iterator<CachedInode> it = inodes.values().iterator();
        while (it.hasNext() && freed < nr) {
            CachedInode i = it.next();
            if (i.refs == 0) {
                it.remove();
                evict(i);
                freed++;
                it = inodes.values().iterator();
            }
        }
        return freed;
    }

    /** {@code evict()} → {@code ->evict_inode}: inactivation needs a transaction (log space), inline. */
    private void evict(CachedInode i) {
        enter("evict_inode " + i.ino());
        try (Transaction t = transStart("inactive " + i.ino(), 1)) {
            pages.freePages(i.page, 0);
        } finally {
            leave("evict_inode " + i.ino());
        }
    }

    void enter(String op) {
        rt.trace(new TraceEvent.FsEnter(rt.clock().nanos(), rt.contextComm(), label, op));
    }

    void leave(String op) {
        rt.trace(new TraceEvent.FsLeave(rt.clock().nanos(), rt.contextComm(), label, op));
    }

    @Override
    public int cachedInodes() {
        return inodes.size();
    }

    @Override
    public int freeLogUnits() {
        return log.free();
    }
}
