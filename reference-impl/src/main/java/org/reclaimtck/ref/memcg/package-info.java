/**
 * Memory cgroups ({@code mm/memcontrol.c}, {@code mm/page_counter.c}): the cgroup v2 hierarchy with {@code memory.max},
 * hierarchical page counters, the charge path {@code try_charge_memcg} with memcg reclaim and the memcg OOM killer
 * (K-ALLOC-16, K-OOM-2), and part type {@code memcg} with its historical or plausible variants.
 */
package org.reclaimtck.ref.memcg;
