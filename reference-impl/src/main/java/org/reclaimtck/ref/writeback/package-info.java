/**
 * Writeback ({@code mm/page-writeback.c}, {@code fs/fs-writeback.c}): a flusher per backing device on
 * {@code bdi_wq}, {@code wakeup_flusher_threads}, dirty limits and {@code balance_dirty_pages} (K-WB-1, K-WB-2). It sits
 * above {@code filemap} and {@code vmscan} (whose {@code Flushers} it implements) and below {@code block} and
 * {@code vfs}, which registers each super block as a {@link org.reclaimtck.ref.writeback.WritebackTarget}.
 */
package org.reclaimtck.ref.writeback;
