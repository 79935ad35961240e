package org.reclaimtck.realkernel;

import org.reclaimtck.tck.rules.Rule;

/** Why a rule of the TCK's catalogue cannot be judged on a trace of Debian's 6.1 kernel (docs/real-kernel.md). */
final class NotJudged {
    private NotJudged() {
    }

    static String why(Rule r) {
        String id = r.id();
        if (id.startsWith("RT-")) {
            return "a rule of the model's deterministic runtime (seeds, virtual time, its own deadlock and hung-task"
                    + " reports); a real run has no seed and is not repeatable";
        }
        return switch (id) {
            case "SCOPE-1" -> "memalloc_*_save/restore are inline (include/linux/sched/mm.h): no tracepoint or kprobe"
                    + " sees a scope open or close";
            case "SCOPE-2" -> "current_gfp_context() is inline; its effect is counted (kprobe mask vs mm_page_alloc"
                    + " mask) but not which scope applied it";
            case "SCOPE-6" -> "a journal handle held across an allocation (current->journal_info) is not traced per"
                    + " task; jbd2 events give handles per transaction, not per allocation";
            default -> id.startsWith("DEP-")
                    ? "needs every lock acquisition; Debian's kernel has no CONFIG_LOCKDEP, and lock:contention_*"
                    + " gives addresses of contended locks only"
                    : id.startsWith("TRACE-")
                    ? "the trace contract of a provider's trace: on a real kernel the importer, not the kernel,"
                    + " makes these events"
                    : "no mapping from the real trace yet";
        };
    }
}
