package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The dependency rules (DEP-n) judged by the lockdep-style dependency oracle, and the trace contract (TRACE-n) a
 * provider's trace must meet for that oracle to see its dependencies (kernel/locking/lockdep.c, mm/page_alloc.c).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DependencyRules {
    private DependencyRules() {
    }

    /** DEP-1. */
    public static final Rule DEP_1 = new Rule(RuleIds.DEP_1, RuleLevel.MUST, "no dependency cycle through reclaim",
            "The lock-class dependency graph of a run, in which every allocation that may enter direct"
                    + " reclaim takes fs_reclaim (with __GFP_FS) and io_reclaim (with __GFP_IO) and every"
                    + " reclaim context holds one of them, MUST NOT contain a cycle through fs_reclaim or"
                    + " io_reclaim.",
            "K-LOCKDEP-1, K-LOCKDEP-2, K-LOCKDEP-3; mm/page_alloc.c fs_reclaim_acquire,"
                    + " kernel/locking/lockdep.c");

    /** DEP-2. */
    public static final Rule DEP_2 = new Rule(RuleIds.DEP_2, RuleLevel.MUST, "no dependency cycle through I/O or a completion",
            "The dependency graph, in which waiting for a bio or a completion depends on every class its"
                    + " completer takes before completing it, MUST NOT contain a cycle through a bio or a"
                    + " completion.",
            "K-LOOP-2, K-DM-1, K-DM-2; lockdep cross-release (v4.14, removed in v4.15)");

    /** DEP-3. */
    public static final Rule DEP_3 = new Rule(RuleIds.DEP_3, RuleLevel.MUST, "consistent reclaim usage",
            "A lock class MUST NOT be both held across an allocation that may enter reclaim and taken inside"
                    + " reclaim of the same kind ({RECLAIM_FS-ON-W} and {IN-RECLAIM_FS-W}; RECLAIM_IO for"
                    + " __GFP_IO).",
            "K-LOCKDEP-2, K-LOCKDEP-3; lockdep's RECLAIM_FS usage states (v2.6.30..v4.13)");

    /** DEP-4. */
    public static final Rule DEP_4 = new Rule(RuleIds.DEP_4, RuleLevel.MUST, "no lock-order cycle or recursive locking",
            "The dependency graph MUST NOT contain a cycle among lock classes alone (mutexes, rw-semaphores,"
                    + " transactions), and a task MUST NOT acquire a lock class it already holds (recursive locking), except"
                    + " a read lock over a read lock or a trylock.",
            "kernel/locking/lockdep.c check_noncircular ('possible circular locking dependency detected'),"
                    + " check_deadlock ('possible recursive locking detected')");

    /** TRACE-1. */
    public static final Rule TRACE_1 = new Rule(RuleIds.TRACE_1, RuleLevel.MUST, "bio waits name their device",
            "A wait for a bio MUST be traced as a WaitBegin of kind BIO whose lock class is bio:<device> and"
                    + " whose object starts with #<id> of a bio that BioSubmitted traced on that device.",
            "block/bio.c submit_bio_wait; include/trace/events/block.h");

    /** TRACE-2. */
    public static final Rule TRACE_2 = new Rule(RuleIds.TRACE_2, RuleLevel.MUST, "bio completions name their completer",
            "Every BioCompleted MUST follow the BioSubmitted of the same bio on the same device and name the"
                    + " task that ran bio_endio() (a task of the trace, or softirq), and a completed run MUST"
                    + " complete every bio it submitted.",
            "block/bio.c bio_endio; include/trace/events/block.h block_bio_complete");

    /** TRACE-3. */
    public static final Rule TRACE_3 = new Rule(RuleIds.TRACE_3, RuleLevel.MUST, "blocking allocations trace might_alloc",
            "Every allocation whose effective mask has __GFP_DIRECT_RECLAIM, made by a task not in reclaim"
                    + " (no PF_MEMALLOC), MUST trace AllocMightReclaim with that mask before it returns.",
            "K-LOCKDEP-2; include/linux/sched/mm.h might_alloc, mm/page_alloc.c prepare_alloc_pages");

    /** TRACE-4. */
    public static final Rule TRACE_4 = new Rule(RuleIds.TRACE_4, RuleLevel.MUST, "log-space waits name the transaction class",
            "A wait for log space (WaitBegin of kind LOG_SPACE) MUST name as its lock class the class of the"
                    + " transaction it reserves for (the LockAcquired of kind TRANSACTION that follows),"
                    + " e.g. A->log.",
            "K-FS-5; fs/xfs/xfs_log.c xfs_log_reserve");

    /** TRACE-5. */
    public static final Rule TRACE_5 = new Rule(RuleIds.TRACE_5, RuleLevel.MUST, "trylocks are marked",
            "A lock taken by mutex_trylock(), down_read_trylock() or down_write_trylock() MUST be traced as a"
                    + " LockAcquired with trylock set, and a lock taken by a sleeping lock call without it.",
            "kernel/locking/lockdep.c lock_acquire (trylock argument)");

    /** TRACE-6. */
    public static final Rule TRACE_6 = new Rule(RuleIds.TRACE_6, RuleLevel.MUST, "proactive reclaim is traced as direct reclaim",
            "Kernel.reclaim().tryToFreePages(gfp, n) MUST run under PF_MEMALLOC and be traced as a"
                    + " DirectReclaimBegin with current_gfp_context(gfp) and a matching DirectReclaimEnd.",
            "K-SCOPE-3, K-SCOPE-5; mm/memcontrol.c memory_reclaim, mm/vmscan.c"
                    + " try_to_free_mem_cgroup_pages");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(DEP_1, DEP_2, DEP_3, DEP_4, TRACE_1, TRACE_2, TRACE_3, TRACE_4, TRACE_5, TRACE_6);
}
