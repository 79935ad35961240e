/**
 * The {@code block-device} suite: a block device's contract (BLK-n) for the driver type under test
 * ({@code reclaimtck.parts=block-device:<type>}, stacked on a disk {@code vda}; by default the reference's
 * {@code disk}, and {@code dm-linear} where the case needs a stacking driver), judged from {@code block_bio_queue}
 * and {@code block_bio_complete}, which the block layer traces at {@code submit_bio} and {@code bio_endio}.
 */
package org.reclaimtck.tck.suites.block;
