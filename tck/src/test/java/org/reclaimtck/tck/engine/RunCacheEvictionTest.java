package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reclaimtck.tck.engine.internal.execution.RunAttempt;
import org.reclaimtck.tck.engine.internal.execution.RunCache;

/** The run cache keeps an attempt exactly as long as a rule still needs it. */
class RunCacheEvictionTest {
    private static final RunAttempt ATTEMPT = new RunAttempt.TimedOut("run()", Duration.ofSeconds(1), "", true);

    @Test
    void sharedUntilTheLastRuleReleasesIt() {
        RunCache cache = new RunCache();
        AtomicInteger runs = new AtomicInteger();
        cache.expect(String.class, 1);
        cache.expect(String.class, 1);

        assertThat(cache.attempt(String.class, 1, () -> {
            runs.incrementAndGet();
            return ATTEMPT;
        })).isSameAs(ATTEMPT);
        cache.release(String.class, 1);
        assertThat(cache.size()).isEqualTo(1);
        cache.attempt(String.class, 1, () -> {
            runs.incrementAndGet();
            return ATTEMPT;
        });
        cache.release(String.class, 1);

        assertThat(runs).hasValue(1);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aSingleUserIsNeverCached() {
        RunCache cache = new RunCache();
        cache.expect(String.class, 2);
        cache.attempt(String.class, 2, () -> ATTEMPT);

        assertThat(cache.size()).isZero();
        assertThat(cache.runs()).isEqualTo(1);
    }
}
