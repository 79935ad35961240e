package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The rules of the proposals' scoped-gfp policies (POLICY-n, the "Proposals (not merged)" of the kernel-rules
 * catalogue), checked on what the kernel traced: the per-superblock NOFS scopes ({@code memalloc_save ... sb=A
 * depth=0}) and the superblocks reclaim entered under them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.5.0")
public final class PolicyRules {
    private PolicyRules() {
    }

    /** POLICY-1. */
    public static final Rule POLICY_1 = new Rule(RuleIds.POLICY_1, RuleLevel.MUST,
            "per-superblock NOFS reclaim enters only what its scope allows",
            "Direct reclaim under a per-superblock NOFS scope (memalloc_nofs_save with a superblock and its nesting"
                    + " depth) MUST NOT enter a superblock's shrinker at another nesting depth than the scope's, nor the"
                    + " scope's own superblock while the task holds a transaction on it, nor any filesystem when the"
                    + " caller's own mask or a plain NOFS or NOIO scope is NOFS.",
            "K-FS-1, K-FS-5, K-VMSCAN-3; the per-superblock NOFS proposal (Dave Chinner, 2020; Proposals, not merged)");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(POLICY_1);
}
