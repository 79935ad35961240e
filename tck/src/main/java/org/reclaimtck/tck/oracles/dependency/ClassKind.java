package org.reclaimtck.tck.oracles.dependency;

import org.apiguardian.api.API;

/** What a node of the dependency graph stands for: models the kinds of {@code struct lock_class} lockdep keeps. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ClassKind {
    /** A mutex, rwsem or filesystem transaction (log-space reservation) class. */
    LOCK,
    /** The {@code fs_reclaim} or {@code io_reclaim} pseudo-lock of reclaim (K-LOCKDEP-1..3). */
    RECLAIM,
    /** The completion of a device's bios, {@code bio:<device>}. */
    BIO,
    /** A completion class ({@code wait_for_completion} / {@code complete}). */
    COMPLETION
}
