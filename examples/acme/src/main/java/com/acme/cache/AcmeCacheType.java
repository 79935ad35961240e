package com.acme.cache;

import java.util.List;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.ModuleContext;
import org.reclaimtck.spi.part.ModuleType;

/**
 * Module type {@code acme-cache}: models the {@code module_init} of Acme's record cache, which registers its shrinker
 * ({@code shrinker_alloc} + {@code shrinker_register}, {@code mm/shrinker.c}). Option {@code fs}: the label of the
 * filesystem whose records it caches (default {@code A}).
 */
public final class AcmeCacheType implements ModuleType {
    public static final String NAME = "acme-cache";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Acme's cache of dirty filesystem records with a shrinker that writes them back (as fs/xfs/xfs_qm.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, AcmeCacheShrinker.FS_CHECK, true,
                        "scan_objects returns SHRINK_STOP without __GFP_FS, as super_cache_scan and xfs_qm_shrink_scan do"),
                new Variant(NAME, AcmeCacheShrinker.NO_FS_CHECK, false,
                        "scan_objects writes records back in a transaction under any mask, GFP_NOFS reclaim included"),
                new Variant(NAME, AcmeCacheShrinker.REPORT_COUNT, false,
                        "scan_objects returns the objects it had, not the objects it freed (breaks ACME-1)"));
    }

    @Override
    public Object load(ModuleContext ctx) {
        AcmeCache cache = new AcmeCache(ctx);
        ctx.kernel().shrinkers().registerShrinker(new AcmeCacheShrinker(cache, ctx.variant()));
        return cache;
    }
}
