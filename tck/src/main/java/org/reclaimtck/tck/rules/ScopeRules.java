package org.reclaimtck.tck.rules;

import java.util.List;
import org.apiguardian.api.API;

/** The scope rules (SCOPE-n): memalloc_*_save/restore pairing and current_gfp_context (include/linux/sched/mm.h). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ScopeRules {
    private ScopeRules() {
    }

    /** SCOPE-1. */
    public static final Rule SCOPE_1 = new Rule(RuleIds.SCOPE_1, RuleLevel.MUST, "out-of-order restore is reported",
            "A memalloc_*_restore() of a scope that is not the innermost open one MUST be reported as a"
                    + " ScopeOrderViolation naming the restore's call site and where the innermost scope was"
                    + " saved.",
            "K-SCOPE-1; include/linux/sched/mm.h memalloc_flags_restore");

    /** SCOPE-2. */
    public static final Rule SCOPE_2 = new Rule(RuleIds.SCOPE_2, RuleLevel.MUST, "current_gfp_context applies scopes",
            "current_gfp_context() MUST clear __GFP_IO|__GFP_FS under memalloc_noio_save(), clear __GFP_FS"
                    + " under memalloc_nofs_save(), let NOIO win when both are set, and give back the outer"
                    + " context when a nested scope is restored.",
            "K-SCOPE-2; include/linux/sched/mm.h current_gfp_context");

    /** In catalogue order. */
    static final List<Rule> ALL = List.of(SCOPE_1, SCOPE_2);
}
