package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.part.ModuleContext;
import org.reclaimtck.spi.part.ModuleType;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;

/**
 * A planted defect: a cache of filesystem records whose shrinker writes them back in a transaction on the filesystem
 * below from any reclaim, without checking {@code __GFP_FS}. Empty at its first count, then always 64 records (its users re-read what it writes back), so it also
 * fails SHRINK-4; selected with
 * {@code reclaimtck.parts=shrinker:nofs-blind-cache}.
 */
public final class NofsBlindCacheType implements ModuleType {
    public static final String NAME = "nofs-blind-cache";
    static final long RECORDS = 64;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object load(ModuleContext ctx) {
        SuperBlock fs = ctx.lowerFilesystems().get(0);
        Shrinker s = new Shrinker() {
            private boolean counted;

            @Override
            public String name() {
                return NAME + ":" + ctx.name();
            }

            @Override
            public long countObjects(ShrinkControl sc) {
                if (!counted) {
                    counted = true;
                    return SHRINK_EMPTY;
                }
                return RECORDS;
            }

            @Override
            public long scanObjects(ShrinkControl sc) {
                try (Transaction t = fs.transStart("blind_cache_writeback", 1)) { // the defect: no __GFP_FS check
                    return Math.min(sc.nrToScan(), RECORDS); // written back, and re-read by its users at once
                }
            }
        };
        ctx.kernel().shrinkers().registerShrinker(s);
        return s;
    }
}
