package org.reclaimtck.tck.oracles.dependency;

import org.apiguardian.api.API;

/**
 * A class both held across an allocation that may enter reclaim and taken inside reclaim: models lockdep's
 * {@code print_usage_bug} for {@code RECLAIM_FS} (v2.6.30..v4.13; since v4.14 the same bug is a circular
 * dependency through {@code fs_reclaim}). With {@code io_reclaim} the states are called {@code RECLAIM_IO}.
 *
 * @param lockClass    the inconsistent class, e.g. {@code A->log}
 * @param reclaimClass {@code fs_reclaim} or {@code io_reclaim}
 * @param onRead       the class was read-held across the allocation
 * @param on           where it was first held across an allocation that may reclaim ({@code RECLAIM_FS-ON})
 * @param inRead       the class was read-taken in reclaim
 * @param in           where it was first taken in reclaim ({@code IN-RECLAIM_FS})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record InconsistentUsage(String lockClass, String reclaimClass, boolean onRead, Sighting on, boolean inRead,
                                Sighting in) {
    /** {@code RECLAIM_FS} or {@code RECLAIM_IO}. */
    public String state() {
        return reclaimClass.equals(DependencyGraph.FS_RECLAIM) ? "RECLAIM_FS" : "RECLAIM_IO";
    }

    /** {@code {RECLAIM_FS-ON-W}}. */
    public String onState() {
        return "{" + state() + "-ON-" + (onRead ? "R" : "W") + "}";
    }

    /** {@code {IN-RECLAIM_FS-W}}. */
    public String inState() {
        return "{IN-" + state() + "-" + (inRead ? "R" : "W") + "}";
    }

    /** True if the allocation under the class came first, as {@code {RECLAIM_FS-ON-W} -> {IN-RECLAIM_FS-W}}. */
    public boolean onFirst() {
        return on.position() <= in.position();
    }

    /** The report as lockdep prints it: {@code inconsistent {RECLAIM_FS-ON-W} -> {IN-RECLAIM_FS-W} usage.} */
    public String report() {
        return LockdepText.usage(this);
    }

    @Override
    public String toString() {
        return "inconsistent " + (onFirst() ? onState() + " -> " + inState() : inState() + " -> " + onState())
                + " usage of " + lockClass;
    }
}
