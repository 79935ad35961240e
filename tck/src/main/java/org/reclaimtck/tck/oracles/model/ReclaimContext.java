package org.reclaimtck.tck.oracles.model;

import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * One reclaim context a task is in: direct reclaim ({@code mm_vmscan_direct_reclaim_begin}), memcg reclaim of a charge
 * ({@code mm_vmscan_memcg_reclaim_begin}) or a shrinker's {@code scan_objects} ({@code mm_shrink_slab_start}), with
 * the mask it runs under.
 *
 * @param begin the {@link TraceEvent.DirectReclaimBegin}, {@link TraceEvent.MemcgReclaimBegin} or
 *              {@link TraceEvent.ShrinkerScanBegin} that entered it
 * @param gfp   its mask: the reclaim's {@code gfp_flags} or the shrinker's {@code sc->gfp_mask}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReclaimContext(TraceEvent begin, Gfp gfp) {
    static ReclaimContext of(TraceEvent.DirectReclaimBegin d) {
        return new ReclaimContext(d, d.gfp());
    }

    static ReclaimContext of(TraceEvent.MemcgReclaimBegin m) {
        return new ReclaimContext(m, m.gfp());
    }

    static ReclaimContext of(TraceEvent.ShrinkerScanBegin s) {
        return new ReclaimContext(s, s.control().gfpMask());
    }

    /** True for a shrinker's {@code scan_objects}, false for direct or memcg reclaim. */
    public boolean shrinker() {
        return begin instanceof TraceEvent.ShrinkerScanBegin;
    }

    /**
     * {@code direct reclaim (GFP_NOFS)}, {@code memcg reclaim of /job (GFP_NOFS)} or
     * {@code dm-bufio:bufio0 scan_objects (GFP_KERNEL)}.
     */
    public String describe() {
        if (begin instanceof TraceEvent.ShrinkerScanBegin s) {
            return s.shrinker() + " scan_objects (" + gfp + ")";
        }
        if (begin instanceof TraceEvent.MemcgReclaimBegin m) {
            return "memcg reclaim of " + m.memcg() + " (" + gfp + ")";
        }
        return "direct reclaim (" + gfp + ")";
    }
}
