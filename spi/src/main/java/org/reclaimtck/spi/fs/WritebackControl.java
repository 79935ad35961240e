package org.reclaimtck.spi.fs;

/**
 * What a writeback asks of {@code ->writepages}: models {@code struct writeback_control}
 * ({@code include/linux/writeback.h}).
 *
 * @param nrToWrite folios to write at most
 * @param syncAll   {@code WB_SYNC_ALL} (data integrity: wait for every folio) rather than {@code WB_SYNC_NONE}
 * @param reason    why, as {@code enum wb_reason} names it, e.g. {@code sync}, {@code vmscan}, {@code background}
 */
public record WritebackControl(long nrToWrite, boolean syncAll, String reason) {
}
