/**
 * The {@code reclaim} suite: the reclaim core around shrinkers (RECLAIM-n): {@code do_shrink_slab}'s arithmetic and
 * {@code SHRINK_STOP}, judged from the {@code mm_shrink_slab_start} events a test-owned
 * {@link org.reclaimtck.tck.suites.reclaim.ProbeShrinker} sees, against the K-SHRINK-2 formula
 * ({@link org.reclaimtck.tck.suites.reclaim.ShrinkSlabModel}); the caller's scoped mask; kswapd balancing to HIGH;
 * proactive reclaim under PF_MEMALLOC.
 */
package org.reclaimtck.tck.suites.reclaim;
