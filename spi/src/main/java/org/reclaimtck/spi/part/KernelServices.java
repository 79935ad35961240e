package org.reclaimtck.spi.part;

import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.mm.Mempools;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.PageCache;
import org.reclaimtck.spi.rcu.Rcu;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;
import org.reclaimtck.spi.runtime.KernelRuntime;

/**
 * What a part may call: the kernel's exported services (the {@code EXPORT_SYMBOL}s a module links against). Every
 * call crosses a boundary the kernel traces itself, so the kit judges what the kernel saw, not what a part reports.
 */
public interface KernelServices {
    /** Locks, waits, completions, timers, workqueues, kthreads, {@code current} and its scopes. */
    KernelRuntime runtime();

    /** {@code alloc_pages} / {@code __free_pages}. */
    PageAllocator pageAllocator();

    /** {@code mempool_create_page_pool}, {@code mempool_alloc}, {@code mempool_free}. */
    Mempools mempools();

    /** {@code rcu_read_lock}, {@code synchronize_rcu}, {@code call_rcu}, {@code kvfree_rcu}. */
    Rcu rcu();

    /** {@code shrinker_register} / {@code shrinker_free}. */
    ShrinkerRegistry shrinkers();

    /** {@code bio_alloc}, {@code submit_bio}, {@code bio_endio}, {@code blkdev_get_by_path}. */
    BlockLayer blockLayer();

    /** The page cache ({@code mm/filemap.c}): the folios of a mapping, dirty and writeback state. */
    PageCache pageCache();

    /** Mounted filesystems and their files ({@code filp_open}, {@code vfs_iter_read/write}). */
    Vfs vfs();
}
