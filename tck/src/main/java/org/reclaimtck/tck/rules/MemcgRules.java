package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The memory controller's rules (MEMCG-n, mm/memcontrol.c), checked by the {@code forward-progress} suite on what the
 * kernel traced: {@code cgroup_attach_task}, the charge's {@code MEMCG_MAX} and {@code MEMCG_OOM} events,
 * {@code mm_vmscan_memcg_reclaim_begin/end} and {@code oom:mark_victim} with CONSTRAINT_MEMCG.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public final class MemcgRules {
    private MemcgRules() {
    }

    /** MEMCG-1. */
    public static final Rule MEMCG_1 = new Rule(RuleIds.MEMCG_1, RuleLevel.MUST, "memcg reclaim keeps the charge's scope",
            "Reclaim of a memory cgroup for a charge (mm_vmscan_memcg_reclaim_begin) MUST run with the charging task's"
                    + " scoped mask: its gfp_flags MUST NOT allow __GFP_FS or __GFP_IO where the charge's mask"
                    + " (current_gfp_context of the request, as traced at MEMCG_MAX) forbids them.",
            "K-ALLOC-16, K-SCOPE-3; mm/vmscan.c try_to_free_mem_cgroup_pages (current_gfp_context),"
                    + " mm/memcontrol.c try_charge_memcg");

    /** MEMCG-2. */
    public static final Rule MEMCG_2 = new Rule(RuleIds.MEMCG_2, RuleLevel.MUST, "memcg OOM kills even for NOFS",
            "When a charge invokes the memcg OOM killer (MEMCG_OOM) with the memcg at its memory.max, no OOM victim"
                    + " still exiting and the charging task not a victim itself, the OOM killer MUST kill a task"
                    + " (CONSTRAINT_MEMCG) before the charging task reclaims the memcg or invokes its OOM killer again,"
                    + " whatever the request's gfp mask: a memcg OOM has no !__GFP_FS exception.",
            "K-OOM-2, K-ALLOC-16; mm/oom_kill.c out_of_memory (is_memcg_oom), mm/memcontrol.c mem_cgroup_oom");

    /** MEMCG-3. */
    public static final Rule MEMCG_3 = new Rule(RuleIds.MEMCG_3, RuleLevel.MUST, "memcg OOM kills inside the memcg",
            "A memcg OOM kill (CONSTRAINT_MEMCG) MUST choose its victim among the tasks of the OOM memcg and its"
                    + " descendants: the victim's cgroup (cgroup_attach_task; the root if it never moved) is oom_memcg"
                    + " or below it.",
            "K-OOM-3, K-ALLOC-16; mm/oom_kill.c select_bad_process (mem_cgroup_scan_tasks), oom_badness against"
                    + " mem_cgroup_get_max");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(MEMCG_1, MEMCG_2, MEMCG_3);
}
