package com.acme.fs;

import java.util.List;
import org.reclaimtck.spi.block.BioOp;
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
import org.reclaimtck.spi.runtime.KernelRuntime;

/**
 * Acme's ext4-like filesystem: models {@code fs/ext4/super.c} ({@code ext4_evict_inode}), {@code fs/ext4/inode.c}
 * ({@code ext4_writepages}, {@code ext4_direct_IO}) and {@code fs/ext4/ext4_jbd2.c} ({@code __ext4_journal_start})
 * over a jbd2-style journal. Every metadata change runs in a handle; a handle runs under {@code memalloc_nofs_save}
 * (variant {@code nofs-handles}, default) or, in the buggy variant {@code no-nofs}, without it, so the
 * {@code GFP_KERNEL} allocations inside a handle may recurse into this filesystem's own reclaim (S3).
 * The inode is written synchronously on eviction, inside the handle, as ext4 does for {@code -o sync} mounts.
 */
final class AcmeFs implements SuperOperations, AddressSpaceOperations {
    static final String NOFS_HANDLES = "nofs-handles";
    static final String NO_NOFS = "no-nofs";
    /** Where file data starts on the device; the journal and the inode table are below. */
    private static final long DATA_START = 2048;
    private static final long INODE_TABLE = 1024;

    private final KernelRuntime rt;
    private final PageAllocator pages;
    private final PageCache pageCache;
    private final String label;
    private final BlockDevice device;
    private final boolean nofsScope;
    private final int maxInodes;
    private final Journal journal;
    private int inodes;

    /** {@code ext4_fill_super}: mounts on {@code ctx.device()} and loads the journal ({@code ext4_load_journal}). */
    AcmeFs(FsContext ctx) {
        this.rt = ctx.kernel().runtime();
        this.pages = ctx.kernel().pageAllocator();
        this.pageCache = ctx.kernel().pageCache();
        this.label = ctx.name();
        this.device = ctx.device();
        this.nofsScope = !NO_NOFS.equals(ctx.variant());
        this.maxInodes = (int) ctx.longOption("max-inodes", 512);
        this.journal = ctx.createJournal((int) ctx.longOption("log-units", 16));
    }

    @Override
    public AddressSpaceOperations addressSpaceOperations() {
        return this;
    }

    /**
     * {@code __ext4_journal_start} → {@code jbd2__journal_start}: the handle from {@code jbd2_handle_cache} with
     * {@code GFP_NOFS}, the reservation (sleeps while the log is full), then the NOFS scope.
     */
    @Override
    public Transaction transStart(String reason, int logUnits) {
        long handlePage = pages.allocPages(Gfp.GFP_NOFS.or(Gfp.__GFP_NOFAIL), 0);
        Transaction reservation = journal.start(reason, logUnits);
        AcmeHandle h = new AcmeHandle(reservation, nofsScope ? rt.current().memallocNofsSave() : null);
        if (handlePage > 0) {
            pages.freePages(handlePage, 0);
        }
        return h;
    }

    /** {@code ext4_iget}: reads the inode; the inode table is bounded. */
    @Override
    public void readInode(Inode inode) {
        if (inodes >= maxInodes) {
            throw new IllegalStateException(label + ": ext4_iget: inode table full (" + maxInodes + ")");
        }
        inodes++;
    }

    /**
     * {@code ext4_evict_inode}: in a handle, {@code ext4_free_inode} reads the bitmap block with {@code GFP_KERNEL}
     * (the scope makes it NOFS) and writes the inode back synchronously ({@code -o sync}).
     */
    @Override
    public void evictInode(Inode inode) {
        inodes--;
        try (Transaction h = transStart("ext4_evict_inode " + inode.ino(), 1)) {
            allocAndFree(Gfp.GFP_KERNEL);
            device.submitBioWait(BioOp.WRITE, INODE_TABLE + inode.ino() % 512);
        }
    }

    @Override
    public void readFolio(Folio folio) {
        device.submitBioWait(BioOp.READ, DATA_START + folio.index());
    }

    /** {@code ext4_writepages}: per dirty folio, map its block in a handle ({@code ext4_map_blocks}), write it. */
    @Override
    public long writepages(AddressSpace mapping, WritebackControl wbc) {
        List<Folio> dirty = pageCache.dirtyFolios(mapping, wbc.nrToWrite());
        for (Folio f : dirty) {
            try (Transaction h = transStart("ext4_writepages " + mapping.path(), 1)) {
                allocAndFree(Gfp.GFP_KERNEL);
            }
            pageCache.folioStartWriteback(f);
            device.submitBioWait(BioOp.WRITE, DATA_START + f.index());
            pageCache.folioEndWriteback(f);
        }
        return dirty.size();
    }

    /**
     * {@code ext4_dio_write_iter} (iomap): a write allocates each block in a handle ({@code ext4_iomap_alloc}, which
     * allocates an extent-status entry with {@code GFP_KERNEL} and relies on the handle's scope), then writes it.
     */
    @Override
    public void directIo(AddressSpace mapping, BioOp op, long index, int blocks) {
        for (int i = 0; i < blocks; i++) {
            if (op == BioOp.WRITE) {
                try (Transaction h = transStart("ext4_iomap_alloc " + mapping.path(), 1)) {
                    allocAndFree(Gfp.GFP_KERNEL);
                }
            }
            device.submitBioWait(op, DATA_START + index + i);
        }
    }

    private void allocAndFree(Gfp gfp) {
        long page = pages.allocPages(gfp, 0);
        if (page > 0) {
            pages.freePages(page, 0);
        }
    }

    @Override
    public String toString() {
        return "acmefs " + label;
    }
}
