package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/** What any shrinker must do, SHRINK-n (mm/shrinker.c, include/linux/shrinker.h), checked by the {@code shrinker} suite. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class ShrinkerRules {
    private ShrinkerRules() {
    }

    public static final Rule SHRINK_1 = new Rule(RuleIds.SHRINK_1, RuleLevel.MUST, "refuse work the mask forbids",
            "A shrinker's scan_objects called with a mask without __GFP_FS MUST NOT enter a filesystem, and called"
                    + " with a mask without __GFP_IO MUST NOT wait for a bio: the reclaim core never checks the mask"
                    + " for it.",
            "K-SHRINK-1, K-GFP-3, K-FS-1, K-DM-1; mm/shrinker.c do_shrink_slab, fs/super.c super_cache_scan");

    public static final Rule SHRINK_2 = new Rule(RuleIds.SHRINK_2, RuleLevel.MUST, "never block kswapd past the bound",
            "A shrinker's scan_objects called from kswapd MUST return within one second of virtual time.",
            "K-SHRINK-5, K-DM-4; the 2019/2020 dm-devel thread");

    public static final Rule SHRINK_3 = new Rule(RuleIds.SHRINK_3, RuleLevel.MUST, "count and scan consistent",
            "count_objects MUST return a non-negative count or SHRINK_EMPTY, and scan_objects MUST NOT report more"
                    + " objects freed than its nr_to_scan, nor in one do_shrink_slab call more than count_objects"
                    + " reported.",
            "K-SHRINK-1; include/linux/shrinker.h, mm/shrinker.c do_shrink_slab");

    public static final Rule SHRINK_4 = new Rule(RuleIds.SHRINK_4, RuleLevel.MUST, "SHRINK_EMPTY when empty",
            "A shrinker with nothing cached MUST report 0 or SHRINK_EMPTY from count_objects, so reclaim does not call"
                    + " its scan_objects.",
            "K-SHRINK-1, K-SHRINK-3; mm/shrinker.c do_shrink_slab, shrink_slab_memcg");

    public static final Rule SHRINK_5 = new Rule(RuleIds.SHRINK_5, RuleLevel.SHOULD, "shrinker callbacks are quick",
            "The 99th percentile of each shrinker's count_objects calls SHOULD stay under 1 ms and of its scan_objects"
                    + " calls under 10 ms of virtual time, in every reclaim context, and no single call SHOULD exceed 1 s.",
            "K-SHRINK-1, K-SHRINK-5; include/linux/shrinker.h, mm/shrinker.c do_shrink_slab");

    static final List<Rule> ALL = List.of(SHRINK_1, SHRINK_2, SHRINK_3, SHRINK_4, SHRINK_5);
}
