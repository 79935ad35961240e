package org.reclaimtck.spi.mm;

import java.util.List;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.Folio;

/**
 * The page cache's services to filesystems: models {@code mm/filemap.c} and {@code mm/page-writeback.c}: the dirty
 * folios a {@code ->writepages} walks and the writeback state it sets, traced by the kernel
 * ({@code WritebackStart} / {@code WritebackEnd}).
 */
public interface PageCache {
    /** {@code filemap_get_folios_tag(PAGECACHE_TAG_DIRTY)}: up to {@code max} dirty folios of the mapping, by index. */
    List<Folio> dirtyFolios(AddressSpace mapping, long max);

    /** {@code folio_clear_dirty_for_io} + {@code folio_start_writeback}. */
    void folioStartWriteback(Folio folio);

    /** {@code folio_end_writeback}: clears {@code PG_writeback}, wakes waiters; may run in a bio's completion. */
    void folioEndWriteback(Folio folio);

    /**
     * {@code writeback_iter}'s step for one folio of {@link #dirtyFolios}: locks it ({@code folio_lock}, a traced
     * wait), waits for writeback in flight if {@code syncAll}, and if it is still dirty and not under writeback
     * clears {@code PG_dirty} and starts writeback ({@code folio_start_writeback}) and returns true; false if another
     * writeback took it meanwhile, and the filesystem skips it. The folio is unlocked on return.
     */
    default boolean folioTryStartWriteback(Folio folio, boolean syncAll) {
        if (folio.isWriteback() || !folio.isDirty()) {
            return false;
        }
        folioStartWriteback(folio);
        return true;
    }

    /**
     * {@code bio_add_folio} for a folio under writeback: its data travels in the write {@code bio}, whose completion ends
     * the writeback. The kernel then names this bio in {@code folio_wait_writeback} (a traced I/O wait on
     * {@code bio:<device>}), so a wait for writeback shows whom it waits for; call it before {@code submit_bio}. The
     * default records nothing.
     */
    default void bioAddFolio(Bio bio, Folio folio) {
    }
}
