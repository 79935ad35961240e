package org.reclaimtck.tck.suites.reclaim;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;

/**
 * A test-owned shrinker that holds the reclaim core to its arithmetic: {@code count_objects} returns a fixed number
 * (or the pages it holds), {@code scan_objects} frees held pages (or nothing) and returns {@code SHRINK_STOP} on every
 * {@code stopEvery}-th call. It records what it returned from each count and how many scans it had seen then, so
 * the judge can cut the trace's {@code mm_shrink_slab_start} events of this shrinker into rounds.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ProbeShrinker implements Shrinker {
    /** One {@code count_objects} call: what it returned, the proactive call it was in, scans seen before it. */
    public record Count(long freeable, int call, int scansBefore) {
    }

    private final String name;
    private final int seeks;
    private final long fixedCount;
    private final int stopEvery;
    private final List<Count> counts = new ArrayList<>();
    private final List<Long> held = new ArrayList<>();
    private PageAllocator pages;
    private int scans;
    private int call;
    private long freesAtMost = Long.MAX_VALUE;

    /** {@code fixedCount} objects that are never freed, or, with {@code fixedCount < 0}, the pages {@link #fill} took. */
    public ProbeShrinker(String name, int seeks, long fixedCount, int stopEvery) {
        this.name = name;
        this.seeks = seeks;
        this.fixedCount = fixedCount;
        this.stopEvery = stopEvery;
    }

    /**
     * A cache most of whose objects are busy: each {@code scan_objects} frees at most {@code n} of the pages it is
     * asked to scan (and reports only those), so reclaim makes progress in small steps.
     */
    public ProbeShrinker freeingAtMost(long n) {
        this.freesAtMost = n;
        return this;
    }

    /** Takes {@code n} pages with {@code GFP_KERNEL} as its cached objects (run in a task). */
    public void fill(PageAllocator pages, int n) {
        this.pages = pages;
        for (int i = 0; i < n; i++) {
            long pfn = pages.allocPages(Gfp.GFP_KERNEL, 0);
            if (pfn >= 0) {
                held.add(pfn);
            }
        }
    }

    /** Marks the start of the {@code k}-th proactive reclaim call (for the judge's priorities). */
    public void call(int k) {
        this.call = k;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int seeks() {
        return seeks;
    }

    @Override
    public long countObjects(ShrinkControl sc) {
        long n = fixedCount >= 0 ? fixedCount : held.size();
        counts.add(new Count(n, call, scans));
        return n == 0 ? SHRINK_EMPTY : n;
    }

    @Override
    public long scanObjects(ShrinkControl sc) {
        scans++;
        if (stopEvery > 0 && scans % stopEvery == 0) {
            return SHRINK_STOP;
        }
        long freed = 0;
        while (fixedCount < 0 && freed < Math.min(sc.nrToScan(), freesAtMost) && !held.isEmpty()) {
            pages.freePages(held.remove(held.size() - 1), 0);
            freed++;
        }
        return freed;
    }

    public List<Count> counts() {
        return counts;
    }

    public int scans() {
        return scans;
    }
}
