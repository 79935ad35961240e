/**
 * The {@code deadlock} suite: the storage-stack scenarios of the seed threads (S1, S2, S3, S11) under memory
 * pressure and on ample memory, judged by DL-1 (the run completes) and FP-1 (kswapd never stalls in a shrinker);
 * and S1, S2, S3 once each on ample memory with the reclaim probe, judged by the dependency oracle (DEP-1..3), and
 * S1's once more for plain lock-order cycles and recursive locking (DEP-4); S1 beside an anonymous {@code memhog}
 * under sustained shortage, which a fixed kernel resolves with the OOM killer (DL-1).
 */
package org.reclaimtck.tck.suites.deadlock;
