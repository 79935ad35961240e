package org.reclaimtck.ref.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.RunResult;

/**
 * A run is a function of (workload, seed): the same trace on every repetition, with virtual or platform
 * threads, and on every JDK. The golden hashes below are checked by CI on JDK 17 (platform threads) and
 * JDK 25 (virtual threads); if a deliberate change of the trace format or the scheduler moves them,
 * update them in the same commit and say so.
 */
class DeterminismTest {
    private static final String GOLDEN_ABBA_SEED_3 = "3a6167641d382c23";
    private static final String GOLDEN_RACY_SEED_42 = "32388dfdb3dbe8e4";

    @Test
    void sameSeedSameTraceHash() {
        for (long seed = 1; seed <= 10; seed++) {
            RunResult a = Workloads.racy(Workloads.boot(seed, TaskThreads.fromSystemProperty()));
            RunResult b = Workloads.racy(Workloads.boot(seed, TaskThreads.fromSystemProperty()));
            assertThat(b.traceHash()).as("seed %d", seed).isEqualTo(a.traceHash());
            assertThat(b.trace()).hasSameSizeAs(a.trace());
        }
    }

    @Test
    void virtualAndPlatformThreadsGiveTheSameTrace() {
        assumeTrue(TaskThreads.virtualThreadsAvailable(), "virtual threads need JDK 21+");
        for (long seed = 1; seed <= 10; seed++) {
            RunResult v = Workloads.racy(Workloads.boot(seed, TaskThreads.virtual()));
            RunResult p = Workloads.racy(Workloads.boot(seed, TaskThreads.platform()));
            assertThat(v.traceHash()).as("seed %d", seed).isEqualTo(p.traceHash());
        }
    }

    @Test
    void differentSeedsExploreDifferentInterleavings() {
        Set<String> hashes = new HashSet<>();
        for (long seed = 1; seed <= 100; seed++) {
            hashes.add(Workloads.racy(Workloads.boot(seed, TaskThreads.fromSystemProperty())).traceHash());
        }
        assertThat(hashes.size()).isGreaterThan(20);
    }

    @Test
    void goldenHashesHoldOnThisJdk() {
        RunResult abba = Workloads.forcedAbba(Workloads.boot(3, TaskThreads.fromSystemProperty()));
        RunResult racy = Workloads.racy(Workloads.boot(42, TaskThreads.fromSystemProperty()));
        System.out.println("golden: abba seed 3 = " + abba.traceHash() + ", racy seed 42 = " + racy.traceHash()
                + " on " + Runtime.version() + " with " + TaskThreads.fromSystemProperty());
        assertThat(abba.traceHash()).isEqualTo(GOLDEN_ABBA_SEED_3);
        assertThat(racy.traceHash()).isEqualTo(GOLDEN_RACY_SEED_42);
    }
}
