package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.engine.internal.descriptor.TckIds;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** The reference implementation passes every rule of the built-in suites. */
class ReferencePassesTest {
    private static final Set<String> RUNTIME_RULES = Set.of("RT-1", "RT-2", "RT-3", "RT-4", "RT-5", "RT-6", "RT-7",
            "RT-8", "SCOPE-1", "SCOPE-2");

    @Test
    void referencePassesEveryRuntimeRule() {
        EngineExecutionResults r = TckRun.named("reference-runtime").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.case", "runtime/*").param("reclaimtck.seeds", "8").execute();

        r.allEvents().assertStatistics(s -> s.failed(0).skipped(0).aborted(0));
        assertThat(Outcomes.passedRules(r)).isEqualTo(RUNTIME_RULES);
        // 13 cases x 8 seeds, the abba-mutex case once more for RT-1, and seed-diversity once
        r.testEvents().assertStatistics(s -> s.started(13 * 8 + 8 + 1).succeeded(13 * 8 + 8 + 1));
    }

    @Test
    void referencePassesEveryBuiltInSuite() {
        EngineExecutionResults r = TckRun.named("reference-all").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.seeds", "2").execute();

        r.allEvents().assertStatistics(s -> s.failed(0).skipped(0).aborted(0));
        Set<String> discoveredRules = r.containerEvents().started().stream()
                .map(e -> TckIds.value(e.getTestDescriptor().getUniqueId(), TckIds.RULE))
                .filter(id -> id != null).collect(Collectors.toSet());
        assertThat(Outcomes.passedRules(r)).isEqualTo(discoveredRules).containsAll(RUNTIME_RULES);
    }
}
