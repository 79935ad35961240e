package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * RCU's rules (RCU-n, kernel/rcu/ and mm/slab_common.c), checked on what the kernel traced: read-side critical sections
 * as held locks ({@code rcu_read_lock}), the waits inside them, and {@code kvfree_rcu}'s pages at each stage against
 * the OOM kills.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.5.0")
public final class RcuRules {
    private RcuRules() {
    }

    /** RCU-1. */
    public static final Rule RCU_1 = new Rule(RuleIds.RCU_1, RuleLevel.MUST,
            "no sleeping in an RCU read-side critical section",
            "A task MUST NOT sleep, nor call what may sleep (a blocking mutex, rwsem or transaction, an allocation that"
                    + " may reclaim: might_sleep()), between rcu_read_lock() and the matching rcu_read_unlock().",
            "K-RCU-2; include/linux/rcupdate.h rcu_read_lock; kernel/rcu/tree_plugin.h rcu_note_context_switch"
                    + " (\"Voluntary context switch within RCU read-side critical section!\")");

    /** RCU-2. */
    public static final Rule RCU_2 = new Rule(RuleIds.RCU_2, RuleLevel.MUST,
            "no OOM kill while kvfree_rcu memory waits on its batch",
            "The OOM killer MUST NOT kill while pages freed with kvfree_rcu still wait on their batch, never handed to"
                    + " a grace period: reclaim must be able to start the grace period that frees them.",
            "K-RCU-2, K-RCU-3; mm/slab_common.c kfree_rcu_shrink_count/scan, kfree_rcu_monitor; the 2024 thread (S10)");

    /** RCU-3. */
    public static final Rule RCU_3 = new Rule(RuleIds.RCU_3, RuleLevel.MUST,
            "a grace period waits for the readers before it",
            "A grace period MUST NOT end while a task is still inside a read-side critical section it entered before"
                    + " the grace period started, and memory freed with kvfree_rcu MUST return only after a grace"
                    + " period that started once it was handed over.",
            "K-RCU-2; Documentation/RCU/whatisRCU.rst (synchronize_rcu), kernel/rcu/tree.c rcu_gp_kthread,"
                    + " mm/slab_common.c kfree_rcu_work");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(RCU_1, RCU_2, RCU_3);
}
