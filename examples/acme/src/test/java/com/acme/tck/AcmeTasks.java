package com.acme.tck;

import com.acme.cache.AcmeCache;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;

/** Acme's user-space side: {@code acmectl} fills the record cache. */
final class AcmeTasks {
    private AcmeTasks() {
    }

    /** {@code acmectl}: caches {@code n} dirty records in {@code acme0}, then completes {@code done}. */
    static void populateCache(Kernel k, int n, Completion done) {
        AcmeCache cache = k.storage().module(AcmeStacks.CACHE, AcmeCache.class);
        k.spawn("acmectl", () -> {
            cache.populate(n);
            done.completeAll();
        });
    }
}
