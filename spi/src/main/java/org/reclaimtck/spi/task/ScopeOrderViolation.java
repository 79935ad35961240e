package org.reclaimtck.spi.task;

/**
 * A {@code memalloc_*_restore()} that is not the innermost open scope: models the misuse that
 * {@code include/linux/sched/mm.h} silently accepts and this kit reports (K-SCOPE-1). The message
 * names both call sites: the restore and the scope that should have been restored first.
 */
public final class ScopeOrderViolation extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String restoredAt;
    private final String innermostSavedAt;

    public ScopeOrderViolation(String message, String restoredAt, String innermostSavedAt) {
        super(message);
        this.restoredAt = restoredAt;
        this.innermostSavedAt = innermostSavedAt;
    }

    /** The out-of-order restore's call site. */
    public String restoredAt() {
        return restoredAt;
    }

    /** Where the innermost open scope, which had to be restored first, was saved. */
    public String innermostSavedAt() {
        return innermostSavedAt;
    }
}
