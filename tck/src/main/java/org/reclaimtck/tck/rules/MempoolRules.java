package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Mempools' rules (MEMPOOL-n, mm/mempool.c), checked by the {@code allocator} suite on what the kernel traced: each
 * {@code mempool_alloc}'s result, and the elements each task holds while it allocates.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.5.0")
public final class MempoolRules {
    private MempoolRules() {
    }

    /** MEMPOOL-1. */
    public static final Rule MEMPOOL_1 = new Rule(RuleIds.MEMPOOL_1, RuleLevel.MUST,
            "a blocking mempool_alloc never fails",
            "A mempool_alloc whose mask allows direct reclaim MUST return an element: when the backing allocator and"
                    + " the reserve are both empty it waits for an element to be freed, and a mempool_free below"
                    + " min_nr MUST put the element back in the reserve and wake it.",
            "K-MEMPOOL-1, K-MEMPOOL-2; mm/mempool.c mempool_alloc, mempool_free");

    /** MEMPOOL-2. */
    public static final Rule MEMPOOL_2 = new Rule(RuleIds.MEMPOOL_2, RuleLevel.MUST,
            "no second element from a pool while holding one",
            "A task holding an element of a mempool MUST NOT allocate another from the same pool before it frees or"
                    + " hands on the first: with the reserve empty, the second allocation waits for an element that"
                    + " only the waiting task can return.",
            "K-MEMPOOL-3, K-BIO-3; mm/mempool.c, block/bio.c bio_alloc_bioset");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(MEMPOOL_1, MEMPOOL_2);
}
