package org.reclaimtck.spi.reclaim;

/**
 * A cache that gives memory back on request: models {@code struct shrinker} and
 * {@code mm/shrinker.c}. The core never checks the gfp mask: each shrinker must refuse work its
 * caller's context forbids (K-SHRINK-1, K-SHRINK-5).
 */
public interface Shrinker {
    /** {@code SHRINK_STOP}: scan could not make progress in this context; ends the round. */
    long SHRINK_STOP = -1;

    /** {@code SHRINK_EMPTY}: count found nothing to free. */
    long SHRINK_EMPTY = -2;

    /** The name shown in reports, as {@code shrinker_alloc(flags, fmt)} gives it. */
    String name();

    /** {@code count_objects}: freeable objects, 0 or {@link #SHRINK_EMPTY} if none. */
    long countObjects(ShrinkControl sc);

    /** {@code scan_objects}: objects freed, or {@link #SHRINK_STOP}. */
    long scanObjects(ShrinkControl sc);

    /**
     * {@code SHRINKER_MEMCG_AWARE}: reclaim of a memory cgroup calls it with {@link ShrinkControl#memcg()} set; a shrinker
     * that is not aware is called only for the root (global reclaim), K-SHRINK-3. The default is not aware.
     */
    default boolean memcgAware() {
        return false;
    }

    /** {@code shrinker->seeks}; the default is {@code DEFAULT_SEEKS} (2). */
    default int seeks() {
        return 2;
    }
}
