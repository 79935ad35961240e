/**
 * The {@code recursion-scope} suite: reclaim obeys its caller's context. Nothing enters a filesystem under
 * {@code !__GFP_FS} (SCOPE-3), nothing waits on I/O under {@code !__GFP_IO} (SCOPE-4), no direct reclaim nests
 * under PF_MEMALLOC (SCOPE-5), and allocations inside transactions are NOFS (SCOPE-6).
 */
package org.reclaimtck.tck.suites.recursion;
