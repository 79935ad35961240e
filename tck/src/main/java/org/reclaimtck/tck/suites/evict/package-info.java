/**
 * Eviction from reclaim (S4): the dentry cache pruned by the superblock shrinker drops the last references of inodes
 * that need inactivation, judged by EVICT-1 and FP-6 on what the kernel traced.
 */
package org.reclaimtck.tck.suites.evict;
