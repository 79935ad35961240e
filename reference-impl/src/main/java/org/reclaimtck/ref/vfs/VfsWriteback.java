package org.reclaimtck.ref.vfs;

import org.reclaimtck.ref.filemap.Mapping;
import org.reclaimtck.ref.filemap.PageCacheCore;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.writeback.Writeback;
import org.reclaimtck.ref.writeback.WritebackTarget;
import org.reclaimtck.spi.fs.Folio;
import org.reclaimtck.spi.fs.WritebackControl;

/**
 * The VFS side of one super block's writeback: models {@code generic_perform_write} with
 * {@code balance_dirty_pages_ratelimited} ({@code mm/filemap.c}), {@code filemap_write_and_wait} and
 * {@code sync_filesystem} ({@code fs/sync.c}), and {@code writeback_sb_inodes} ({@code fs/fs-writeback.c}) as the
 * flusher's {@link WritebackTarget}. Every {@code ->writepages} and {@code ->dirty_folio} is a traced entry into the
 * filesystem (K-WB-1, K-WB-2).
 */
final class VfsWriteback implements WritebackTarget {
    private final VfsSuper sb;
    private final PageCacheCore pageCache;
    private final Writeback writeback;

    VfsWriteback(VfsSuper sb, PageCacheCore pageCache, Writeback writeback) {
        this.sb = sb;
        this.pageCache = pageCache;
        this.writeback = writeback;
    }

    /**
     * {@code vfs_write} of a buffered write ({@code generic_perform_write}): each folio grabbed, locked, dirtied
     * through {@code ->dirty_folio} and unlocked; then {@code balance_dirty_pages_ratelimited} (K-WB-2). The flushers
     * write the data later.
     */
    void writeBuffered(String path, long index, int pages) {
        String op = "write_iter " + path;
        sb.enter(op);
        try {
            Mapping mapping = sb.mapping(path);
            for (int i = 0; i < pages; i++) {
                dirtyBlock(mapping, index + i, true);
            }
        } finally {
            sb.leave(op);
        }
        writeback.balanceDirtyPages(sb.device().name());
    }

    /** One folio of a write: grabbed (accessed or allocated), locked if {@code lock}, dirtied through the fs. */
    void dirtyBlock(Mapping mapping, long index, boolean lock) {
        Folio folio = pageCache.find(mapping, index);
        if (folio != null) {
            pageCache.markAccessed(folio);
        } else {
            folio = pageCache.add(mapping, index);
        }
        if (folio == null) {
            return;
        }
        Folio f = folio;
        KernelFolio kf = (KernelFolio) folio;
        if (lock) {
            kf.lock();
        }
        try {
            boolean dirtied = sb.call("dirty_folio", () -> mapping.aops().dirtyFolio(mapping, f));
            if (dirtied || !folio.isDirty()) {
                pageCache.markDirty(folio);
            }
        } finally {
            if (lock) {
                kf.unlock();
            }
        }
    }

    /** {@code filemap_write_and_wait}: {@code ->writepages} with {@code WB_SYNC_ALL}, then every writeback ends. */
    void writeAndWait(Mapping mapping) {
        writepages(mapping, new WritebackControl(Long.MAX_VALUE, true, "sync"));
        pageCache.fdatawait(mapping);
    }

    /** {@code sync_filesystem}: every dirty mapping written and waited for, bracketed as the entry {@code sync}. */
    void syncFs() {
        sb.enter("sync");
        try {
            pageCache.traceVmstat(sb);
            for (Mapping m : pageCache.dirtyMappings(sb)) {
                writepages(m, new WritebackControl(Long.MAX_VALUE, true, "sync"));
            }
            for (Mapping m : pageCache.mappings(sb)) {
                pageCache.fdatawait(m);
            }
            pageCache.traceVmstat(sb);
        } finally {
            sb.leave("sync");
        }
    }

    @Override
    public long writebackInodes(long nrPages, String reason) {
        long written = 0;
        for (Mapping m : pageCache.dirtyMappings(sb)) {
            if (written >= nrPages) {
                break;
            }
            written += writepages(m, new WritebackControl(nrPages - written, false, reason));
        }
        return written;
    }

    /**
     * {@code pageout} → {@code ->writepage} as kernels before the 2022 thread called it from kswapd: here the mapping's
     * {@code ->writepages} for one folio ({@code nr_to_write = 1}, reason vmscan), traced as an entry into this fs.
     */
    @Override
    public boolean pageout(KernelFolio folio) {
        if (!(folio instanceof Folio) || ((Folio) folio).mapping().superBlock() != sb) {
            return false;
        }
        writepages(sb.mapping(((Folio) folio).mapping().path()), new WritebackControl(1, false, "vmscan"));
        return true;
    }

    /** {@code do_writepages}: the filesystem's {@code ->writepages}, traced as an entry {@code writepages <path>}. */
    private long writepages(Mapping m, WritebackControl wbc) {
        return sb.call("writepages " + m.path(), () -> m.aops().writepages(m, wbc));
    }

    @Override
    public long nrDirty() {
        long n = 0;
        for (Mapping m : pageCache.dirtyMappings(sb)) {
            n += m.nrDirty();
        }
        return n;
    }
}
