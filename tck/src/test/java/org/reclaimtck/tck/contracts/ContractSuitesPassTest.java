package org.reclaimtck.tck.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * Every per-contract suite passes against the reference over 100 seeds (no false alarm);
 * {@code -Dreclaimtck.contracts.seeds=N} changes the count for a quick loop.
 */
class ContractSuitesPassTest {
    static final int SEEDS = Integer.getInteger("reclaimtck.contracts.seeds", 100);

    @ParameterizedTest
    @ValueSource(strings = {"allocator", "reclaim", "shrinker", "block", "fs"})
    void theReferencePassesEverySeed(String suite) {
        EngineExecutionResults r = TckRun.named("contracts-" + suite).provider(ReferenceKernelProvider.class)
                .param("reclaimtck.seeds", String.valueOf(SEEDS))
                .select(selectPackage("org.reclaimtck.tck.suites." + suite)).execute();

        assertThat(r.testEvents().failed().stream().map(e -> Outcomes.throwable(e).getMessage())
                .collect(Collectors.toList())).isEmpty();
        assertThat(r.testEvents().succeeded().count()).isGreaterThanOrEqualTo(SEEDS);
    }
}
