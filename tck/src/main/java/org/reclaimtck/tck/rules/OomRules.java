package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The OOM killer's rules (OOM-n, mm/oom_kill.c) and the NOFAIL misuse rule (NOFAIL-n, mm/page_alloc.c), checked by
 * the {@code forward-progress} suite on what the kernel traced: {@code oom:mark_victim} with its report, SIGKILL, the
 * reaper, {@code exit_mmap} and the allocator's warnings.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public final class OomRules {
    private OomRules() {
    }

    /** OOM-1. */
    public static final Rule OOM_1 = new Rule(RuleIds.OOM_1, RuleLevel.MUST, "no OOM kill while memory is reclaimable",
            "The OOM killer MUST NOT kill while the free pages plus the pages reclaim could still free would meet"
                    + " the request above the min watermark; reclaimable is zone_reclaimable_pages computed from the OOM"
                    + " report's show_mem lines: the file LRU, plus the anon LRU while swap has free slots.",
            "K-ALLOC-10, K-OOM-1, K-VMSCAN-4; mm/page_alloc.c should_reclaim_retry, mm/vmscan.c"
                    + " zone_reclaimable_pages, can_reclaim_anon_pages, mm/oom_kill.c out_of_memory");

    /** OOM-2. */
    public static final Rule OOM_2 = new Rule(RuleIds.OOM_2, RuleLevel.MUST, "an OOM victim's memory returns",
            "Within 2 seconds of virtual time after the OOM killer chose a victim, the victim MUST have exited or the"
                    + " OOM reaper MUST have reaped its anonymous memory, and the pages returned MUST be at least its"
                    + " RSS at the kill.",
            "K-OOM-4; mm/oom_kill.c oom_reap_task (10 tries, HZ/10 apart), exit_mmap");

    /** OOM-3. */
    public static final Rule OOM_3 = new Rule(RuleIds.OOM_3, RuleLevel.MUST, "no global OOM kill for !__GFP_FS",
            "The OOM killer MUST NOT kill for a global OOM of a request whose effective mask lacks __GFP_FS: such a"
                    + " request reports progress and retries instead.",
            "K-OOM-2, K-ALLOC-12; mm/oom_kill.c out_of_memory (the !__GFP_FS check)");

    /** NOFAIL-1. */
    public static final Rule NOFAIL_1 = new Rule(RuleIds.NOFAIL_1, RuleLevel.MUST, "no __GFP_NOFAIL misuse",
            "A caller MUST NOT make a __GFP_NOFAIL request from reclaim context (PF_MEMALLOC) or of order > 1: the"
                    + " allocator's WARN_ON_ONCE is a violation of the part whose call made the request, not of the"
                    + " allocator.",
            "K-ALLOC-13, K-ALLOC-14; mm/page_alloc.c __alloc_pages_slowpath; the 2025 NOFAIL thread (S5)");

    /** NOFAIL-2. */
    public static final Rule NOFAIL_2 = new Rule(RuleIds.NOFAIL_2, RuleLevel.MUST,
            "a scope never turns a nested request into NOFAIL misuse",
            "A memalloc scope MUST NOT make a request __GFP_NOFAIL misuse that the caller's own mask was not: after"
                    + " current_gfp_context, a __GFP_NOFAIL request MUST keep __GFP_DIRECT_RECLAIM, be of order 1 or"
                    + " less and come from outside reclaim context (PF_MEMALLOC) whenever the caller's mask did; the"
                    + " violation is the scope's, which cannot see its nested callers.",
            "K-SCOPE-2, K-SCOPE-8, K-ALLOC-13, K-ALLOC-14; the memalloc_nowait and memalloc_nofail_save proposals"
                    + " (Proposals, not merged); the v6.12 revert of PF_MEMALLOC_NORECLAIM");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(OOM_1, OOM_2, OOM_3, NOFAIL_1, NOFAIL_2);
}
