package org.reclaimtck.tck.rules;

import org.apiguardian.api.API;

/**
 * The kit's rule ids as compile-time constants, for {@code @TckCase(rules = {RuleIds.DL_1})}; the {@link Rule}s
 * themselves are the constants of {@link RuntimeRules}, {@link ScopeRules}, {@link StorageRules} and
 * {@link DependencyRules}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RuleIds {
    public static final String RT_1 = "RT-1";
    public static final String RT_2 = "RT-2";
    public static final String RT_3 = "RT-3";
    public static final String RT_4 = "RT-4";
    public static final String RT_5 = "RT-5";
    public static final String RT_6 = "RT-6";
    public static final String RT_7 = "RT-7";
    public static final String RT_8 = "RT-8";
    public static final String SCOPE_1 = "SCOPE-1";
    public static final String SCOPE_2 = "SCOPE-2";
    public static final String SCOPE_3 = "SCOPE-3";
    public static final String SCOPE_4 = "SCOPE-4";
    public static final String SCOPE_5 = "SCOPE-5";
    public static final String SCOPE_6 = "SCOPE-6";
    public static final String DL_1 = "DL-1";
    public static final String FP_1 = "FP-1";
    public static final String FP_2 = "FP-2";
    public static final String FP_3 = "FP-3";
    public static final String FP_4 = "FP-4";
    public static final String FP_5 = "FP-5";
    public static final String FP_6 = "FP-6";
    public static final String DEP_1 = "DEP-1";
    public static final String DEP_2 = "DEP-2";
    public static final String DEP_3 = "DEP-3";
    public static final String TRACE_1 = "TRACE-1";
    public static final String TRACE_2 = "TRACE-2";
    public static final String TRACE_3 = "TRACE-3";
    public static final String TRACE_4 = "TRACE-4";
    public static final String TRACE_5 = "TRACE-5";
    public static final String TRACE_6 = "TRACE-6";
    public static final String ALLOC_1 = "ALLOC-1";
    public static final String ALLOC_2 = "ALLOC-2";
    public static final String ALLOC_3 = "ALLOC-3";
    public static final String ALLOC_4 = "ALLOC-4";
    public static final String ALLOC_5 = "ALLOC-5";
    public static final String ALLOC_6 = "ALLOC-6";
    public static final String ALLOC_7 = "ALLOC-7";
    public static final String ALLOC_8 = "ALLOC-8";
    public static final String ALLOC_9 = "ALLOC-9";
    public static final String ALLOC_10 = "ALLOC-10";
    public static final String RECLAIM_1 = "RECLAIM-1";
    public static final String RECLAIM_2 = "RECLAIM-2";
    public static final String RECLAIM_3 = "RECLAIM-3";
    public static final String RECLAIM_4 = "RECLAIM-4";
    public static final String RECLAIM_5 = "RECLAIM-5";
    public static final String RECLAIM_6 = "RECLAIM-6";
    public static final String SHRINK_1 = "SHRINK-1";
    public static final String SHRINK_2 = "SHRINK-2";
    public static final String SHRINK_3 = "SHRINK-3";
    public static final String SHRINK_4 = "SHRINK-4";
    public static final String BLK_1 = "BLK-1";
    public static final String BLK_2 = "BLK-2";
    public static final String BLK_3 = "BLK-3";
    public static final String BLK_4 = "BLK-4";
    public static final String BLK_5 = "BLK-5";
    public static final String FS_1 = "FS-1";
    public static final String FS_2 = "FS-2";
    public static final String FS_3 = "FS-3";
    public static final String FS_4 = "FS-4";
    public static final String FS_5 = "FS-5";
    // ---- OOM killer and NOFAIL (OomRules), DEP-4 ----
    public static final String OOM_1 = "OOM-1";
    public static final String OOM_2 = "OOM-2";
    public static final String OOM_3 = "OOM-3";
    public static final String NOFAIL_1 = "NOFAIL-1";
    public static final String NOFAIL_2 = "NOFAIL-2";
    public static final String DEP_4 = "DEP-4";
    // ---- swap (SwapRules) ----
    public static final String SWAP_1 = "SWAP-1";
    // ---- memory cgroups (MemcgRules) ----
    public static final String MEMCG_1 = "MEMCG-1";
    public static final String MEMCG_2 = "MEMCG-2";
    public static final String MEMCG_3 = "MEMCG-3";
    // ---- mempools (MempoolRules) ----
    public static final String MEMPOOL_1 = "MEMPOOL-1";
    public static final String MEMPOOL_2 = "MEMPOOL-2";
    // ---- RCU (RcuRules) ----
    public static final String RCU_1 = "RCU-1";
    public static final String RCU_2 = "RCU-2";
    public static final String RCU_3 = "RCU-3";

    // ---- the proposals' policies (PolicyRules) ----
    public static final String POLICY_1 = "POLICY-1";
    // ---- issue 9's last forward-progress rules (ForwardProgressRules, ShrinkerRules) ----
    public static final String FP_7 = "FP-7";
    public static final String FP_8 = "FP-8";
    public static final String SHRINK_5 = "SHRINK-5";
    // ---- bios and bio sets (BioRules) ----
    public static final String BIO_1 = "BIO-1";
    // ---- eviction from reclaim (EvictRules) ----
    public static final String EVICT_1 = "EVICT-1";
    public static final String EVICT_2 = "EVICT-2";

    private RuleIds() {
    }
}
