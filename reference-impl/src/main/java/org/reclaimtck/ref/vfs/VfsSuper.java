package org.reclaimtck.ref.vfs;

import java.util.function.Supplier;
import org.reclaimtck.ref.filemap.Mapping;
import org.reclaimtck.ref.filemap.PageCacheCore;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.writeback.Writeback;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.Dentry;
import org.reclaimtck.spi.fs.Folio;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.Journal;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.SuperOperations;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.runtime.RwSemaphore;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A mounted super block as the kernel holds it: models {@code struct super_block} ({@code fs/super.c}) with its
 * {@code s_op}, {@code s_umount}, dentry and inode caches and shrinker, and the VFS entry points ({@code vfs_read},
 * {@code vfs_write}, {@code iget}). Every call into the filesystem's operations is traced here as
 * {@code FsEnter} / {@code FsLeave}, so any caller that enters the filesystem (a user's shrinker included) is
 * seen entering it, whatever the filesystem itself reports.
 */
public final class VfsSuper implements SuperBlock {
    private final SimRuntime rt;
    private final String label;
    private final String type;
    private final BlockDevice device;
    private final PageCacheCore pageCache;
    private final VfsWriteback writeback;
    private final InodeCache inodes;
    private final DentryCache dentries;
    private final RwSemaphore umount;
    private final SuperCacheShrinker shrinker;
    private SuperOperations ops;
    private Journal journal;
    private int stackDepth;

    VfsSuper(SimRuntime rt, String label, String type, BlockDevice device, PageAllocator pages,
             PageCacheCore pageCache, Writeback writeback) {
        this.rt = rt;
        this.writeback = new VfsWriteback(this, pageCache, writeback);
        this.label = label;
        this.type = type;
        this.device = device;
        this.pageCache = pageCache;
        this.inodes = new InodeCache(this, pages);
        this.dentries = new DentryCache(this, pages, inodes);
        this.umount = rt.rwsem(label + "->s_umount", "&type->s_umount_key");
        this.shrinker = new SuperCacheShrinker(this);
    }

    /** {@code fill_super} returned: the filesystem's operations. */
    public void setOps(SuperOperations ops) {
        if (ops == null) {
            throw new IllegalStateException("filesystem type " + type + " returned no super_operations for " + label);
        }
        this.ops = ops;
    }

    /** The journal the filesystem created at mount, whose free space {@link #freeLogUnits()} reports. */
    public void setJournal(Journal journal) {
        this.journal = journal;
    }

    /** The VFS side of this super block's writeback: buffered writes, {@code sync}, the flusher's target. */
    VfsWriteback writeback() {
        return writeback;
    }

    /** Sets {@code s_stack_depth}: filesystems below this one through loop devices (the stack's assembly knows). */
    public void setStackDepth(int depth) {
        this.stackDepth = depth;
    }

    @Override
    public int stackDepth() {
        return stackDepth;
    }

    /** The per-superblock NOFS proposal's question to the filesystem ({@code SuperOperations.nofsReclaimSafe}). */
    boolean nofsReclaimSafe() {
        return ops().nofsReclaimSafe();
    }

    SimRuntime runtime() {
        return rt;
    }

    /** {@code sb->s_shrink}. */
    public Shrinker shrinker() {
        return shrinker;
    }

    public String type() {
        return type;
    }

    @Override
    public String id() {
        return label;
    }

    @Override
    public BlockDevice device() {
        return device;
    }

    @Override
    public Transaction transStart(String reason, int logUnits) {
        return call("trans_start", () -> ops().transStart(reason, logUnits));
    }

    @Override
    public Inode iget(long ino) {
        return call("iget", () -> inodes.iget(ino));
    }

    @Override
    public void iput(Inode inode) {
        inodes.iput(inode);
    }

    @Override
    public Dentry lookup(String path) {
        return call("lookup " + path, () -> dentries.lookup(path));
    }

    @Override
    public void dput(Dentry dentry) {
        dentries.dput(dentry);
    }

    @Override
    public void unlink(String path) {
        dentries.unlink(path);
    }

    @Override
    public int cachedDentries() {
        return dentries.size();
    }

    /**
     * {@code vfs_write} of an {@code O_SYNC} write: each folio is grabbed (allocated if missing), dirtied through
     * {@code ->dirty_folio}, then written back at once through {@code ->writepages} and waited for
     * ({@code generic_write_sync} → {@code filemap_write_and_wait_range}).
     */
    @Override
    public void writeFile(String path, long block, int blocks) {
        String op = "write_iter " + path;
        enter(op);
        try {
            Mapping mapping = mapping(path);
            for (int i = 0; i < blocks; i++) {
                writeback.dirtyBlock(mapping, block + i, false);
            }
            writeback.writeAndWait(mapping);
        } finally {
            leave(op);
        }
    }

    /** {@code filemap_read}: folios not cached are added, read through {@code ->read_folio} and left clean on the LRU. */
    @Override
    public void readFile(String path, long block, int blocks) {
        String op = "read_iter " + path;
        enter(op);
        try {
            Mapping mapping = mapping(path);
            for (int i = 0; i < blocks; i++) {
                Folio cached = pageCache.find(mapping, block + i);
                if (cached != null) {
                    pageCache.markAccessed(cached);
                    continue;
                }
                Folio folio = pageCache.add(mapping, block + i);
                if (folio == null) {
                    continue;
                }
                call("read_folio", () -> {
                    mapping.aops().readFolio(folio);
                    return null;
                });
                pageCache.markUptodate(folio);
            }
        } finally {
            leave(op);
        }
    }

    @Override
    public int cachedInodes() {
        return inodes.size();
    }

    @Override
    public int freeLogUnits() {
        return journal == null ? 0 : journal.freeUnits();
    }

    Mapping mapping(String path) {
        return pageCache.mapping(this, path, ops().addressSpaceOperations());
    }

    InodeCache inodes() {
        return inodes;
    }

    DentryCache dentries() {
        return dentries;
    }

    /** {@code SB_BORN}: {@code fill_super} has returned. */
    boolean born() {
        return ops != null;
    }

    RwSemaphore umount() {
        return umount;
    }

    void callReadInode(Inode inode) {
        ops().readInode(inode);
    }

    void callEvictInode(Inode inode) {
        call("evict_inode " + describe(inode), () -> {
            ops().evictInode(inode);
            return null;
        });
    }

    void callDestroyInode(Inode inode) {
        call("destroy_inode " + describe(inode), () -> {
            ops().destroyInode(inode);
            return null;
        });
    }

    /** {@code 1048576 /f0 nlink=0} as an entry names an inode: number, path if it has one, and an unlinked mark. */
    private static String describe(Inode inode) {
        return inode.ino() + (inode.path().isEmpty() ? "" : " " + inode.path()) + (inode.nlink() == 0 ? " nlink=0" : "");
    }

    /** {@code vfs_unlink}: {@code i_nlink} drops to 0, then the filesystem's {@code ->unlink}. */
    void callUnlink(VfsInode inode) {
        inode.nlink = 0;
        call("unlink " + inode.path(), () -> {
            ops().unlink(inode);
            return null;
        });
    }

    /** {@code ->nr_cached_objects}: a count, called under any mask, so not an entry the scope rules judge. */
    long nrCachedObjects(ShrinkControl sc) {
        return ops().nrCachedObjects(sc);
    }

    long callFreeCachedObjects(ShrinkControl sc) {
        return call("free_cached_objects", () -> ops().freeCachedObjects(sc));
    }

    private SuperOperations ops() {
        if (ops == null) {
            throw new IllegalStateException(label + " is not mounted yet (fill_super has not returned)");
        }
        return ops;
    }

    /** A call into the filesystem, bracketed by {@code FsEnter} / {@code FsLeave} in the calling context. */
    <T> T call(String op, Supplier<T> body) {
        enter(op);
        try {
            return body.get();
        } finally {
            leave(op);
        }
    }

    void enter(String op) {
        rt.trace(new TraceEvent.FsEnter(rt.clock().nanos(), rt.contextComm(), label, op));
    }

    void leave(String op) {
        rt.trace(new TraceEvent.FsLeave(rt.clock().nanos(), rt.contextComm(), label, op));
    }

    @Override
    public String toString() {
        return label + " (" + type + " on " + device.name() + ")";
    }
}
