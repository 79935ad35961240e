package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.part.ModuleContext;
import org.reclaimtck.spi.part.ModuleType;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;

/**
 * A planted defect: a cache whose shrinker sleeps in its callbacks, as one that takes a contended lock or waits for
 * its backing store would: {@code count_objects} sleeps {@value #COUNT_MS} ms once it caches anything, and
 * {@code scan_objects} {@value #SCAN_MS} ms per call (the mask is respected and every count is consistent). Empty at its
 * first count, then 64 objects; selected with {@code reclaimtck.parts=shrinker:slow-cache}.
 */
public final class SlowCacheType implements ModuleType {
    public static final String NAME = "slow-cache";
    static final long OBJECTS = 64;
    static final long COUNT_MS = 20;
    static final long SCAN_MS = 200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object load(ModuleContext ctx) {
        Shrinker s = new Shrinker() {
            /** Nothing until the first count has seen it empty (SHRINK-4), then {@value #OBJECTS} for ever. */
            private long cached = -1;

            @Override
            public String name() {
                return NAME + ":" + ctx.name();
            }

            @Override
            public long countObjects(ShrinkControl sc) {
                cached++;
                if (cached > 0) {
                    ctx.kernel().runtime().msleep(COUNT_MS);
                }
                return cached == 0 ? SHRINK_EMPTY : OBJECTS;
            }

            @Override
            public long scanObjects(ShrinkControl sc) {
                ctx.kernel().runtime().msleep(SCAN_MS);
                return Math.min(sc.nrToScan(), OBJECTS);
            }
        };
        ctx.kernel().shrinkers().registerShrinker(s);
        return s;
    }
}
