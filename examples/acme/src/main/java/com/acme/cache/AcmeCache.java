package com.acme.cache;

import java.util.ArrayDeque;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.part.ModuleContext;

/**
 * Acme's record cache: models a cache of dirty per-file records of one filesystem, like the dquot cache of
 * {@code fs/xfs/xfs_qm.c}: each record holds a page; dropping a record writes it back in a transaction on its
 * filesystem ({@code xfs_qm_dqflush}-like). Workloads reach it with {@code kernel.storage().module(name,
 * AcmeCache.class)}. Model code: call it from the model's tasks only.
 */
public final class AcmeCache {
    private final String name;
    private final PageAllocator pages;
    private final SuperBlock fs;
    private final ArrayDeque<Long> records = new ArrayDeque<>();

    AcmeCache(ModuleContext ctx) {
        this.name = ctx.name();
        this.pages = ctx.kernel().pageAllocator();
        if (ctx.lowerFilesystems().size() != 1) {
            throw new IllegalArgumentException(name + ": acme-cache caches the objects of exactly one filesystem,"
                    + " named below it; got " + ctx.lowerFilesystems().size());
        }
        this.fs = ctx.lowerFilesystems().get(0);
    }

    /** Caches {@code n} dirty records, each a {@code GFP_KERNEL} page; stops early if memory runs out. */
    public void populate(int n) {
        for (int i = 0; i < n; i++) {
            long page = pages.allocPages(Gfp.GFP_KERNEL.or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOWARN), 0);
            if (page < 0) {
                return;
            }
            records.add(page);
        }
    }

    /** Records cached now. */
    public int size() {
        return records.size();
    }

    /** The instance name, e.g. {@code acme0}. */
    public String name() {
        return name;
    }

    /** The filesystem the records belong to. */
    SuperBlock filesystem() {
        return fs;
    }

    /** Writes back and frees up to {@code n} records in one transaction on the filesystem; returns records freed. */
    long writeBackAndFree(long n) {
        long freed = 0;
        try (Transaction t = fs.transStart("acme-cache writeback", 1)) {
            while (freed < n && !records.isEmpty()) {
                pages.freePages(records.poll(), 0);
                freed++;
            }
        }
        return freed;
    }
}
