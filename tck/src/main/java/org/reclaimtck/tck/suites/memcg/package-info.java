/**
 * Forward-progress cases of memory cgroups: workloads that run in a memcg with a {@code memory.max} far below the
 * machine's memory, judged by MEMCG-1..3 on what the kernel traced (the charge path, memcg reclaim, the memcg OOM).
 */
package org.reclaimtck.tck.suites.memcg;
