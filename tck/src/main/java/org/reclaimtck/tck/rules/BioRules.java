package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Bios' and bio sets' rules (BIO-n, block/bio.c), checked by the {@code forward-progress} suite on what the kernel
 * traced: each {@code mempool_alloc} of a bio set, the waits on its pool and on bios, and each {@code bio_endio}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.5.0")
public final class BioRules {
    private BioRules() {
    }

    /** BIO-1. */
    public static final Rule BIO_1 = new Rule(RuleIds.BIO_1, RuleLevel.MUST,
            "I/O through bio sets progresses when page allocation fails",
            "Once the page allocator cannot serve a bio set's mempool, bios MUST keep completing from its reserve:"
                    + " while a task waits for a bio or for an element of a bio set, no second of virtual time may"
                    + " pass without a bio_endio.",
            "K-BIO-3, K-MEMPOOL-1, K-MEMPOOL-2; block/bio.c bioset_init, bio_alloc_bioset; mm/mempool.c");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(BIO_1);
}
