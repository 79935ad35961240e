/**
 * Forward-progress cases of swap (S7): a NOFS allocator under pressure from a large anonymous working set with a swap
 * device, judged by SWAP-1 on what the kernel traced.
 */
package org.reclaimtck.tck.suites.swap;
