package org.reclaimtck.spi.reclaim;

/** Where shrinkers are registered: models {@code shrinker_register()} / {@code shrinker_free()} of {@code mm/shrinker.c}. */
public interface ShrinkerRegistry {
    void registerShrinker(Shrinker shrinker);

    /** Waits until running invocations of the shrinker finish (K-SHRINK-4). */
    void unregisterShrinker(Shrinker shrinker);
}
