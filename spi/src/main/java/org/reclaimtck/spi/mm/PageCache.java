package org.reclaimtck.spi.mm;

import java.util.List;
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

    /** {@code folio_end_writeback}: clears {@code PG_writeback}, wakes waiters. */
    void folioEndWriteback(Folio folio);
}
