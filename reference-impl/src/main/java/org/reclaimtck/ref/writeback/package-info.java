/**
 * Room for writeback ({@code mm/page-writeback.c}, {@code fs/fs-writeback.c}): per-device flushers,
 * {@code wakeup_flusher_threads}, dirty limits and {@code balance_dirty_pages} (K-WB-1, K-WB-2). Empty until the
 * reclaim-core work; today a buffered write is written back synchronously by {@code vfs} (docs/model.md). Sits above
 * {@code filemap} and below {@code block}.
 */
package org.reclaimtck.ref.writeback;
