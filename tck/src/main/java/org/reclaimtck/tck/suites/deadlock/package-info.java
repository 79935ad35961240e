/**
 * The {@code deadlock} suite: the storage-stack scenarios of the seed threads (S1, S2, S3, S11) under memory
 * pressure and on ample memory, judged by DL-1 (the run completes) and FP-1 (kswapd never stalls in a shrinker);
 * and S1, S2, S3 once each on ample memory with the reclaim probe, judged by the dependency oracle (DEP-1..3).
 */
package org.reclaimtck.tck.suites.deadlock;
