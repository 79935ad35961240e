/**
 * The {@code forward-progress} suite: reclaim over dirty page cache keeps making progress (S6, the 2022
 * {@code ->writepage} thread). A small machine, a writer dirtying file pages faster than background writeback cleans
 * them and a task that needs the memory; judged by FP-2..FP-8 from what the kernel traced: calls into
 * {@code writepages}, {@code mm_vmscan_throttled}, dirtying and writeback of folios, bios, OOM, direct reclaim.
 */
package org.reclaimtck.tck.suites.forward;
