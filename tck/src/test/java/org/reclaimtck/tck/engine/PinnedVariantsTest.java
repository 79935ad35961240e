package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.engine.internal.config.ConfigurationError;
import org.reclaimtck.tck.engine.pins.BadPinCase;
import org.reclaimtck.tck.engine.pins.OwnPartCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.ReferenceVariants;
import org.reclaimtck.tck.testkit.TckRun;

/** Variants belong to part types, a case's own included; a pin nobody offers is a configuration error. */
class PinnedVariantsTest {
    @Test
    void aCasePinningAPartTheProviderLacksIsAConfigurationErrorBeforeAnythingRuns() {
        EngineExecutionResults r = TckRun.named("pins").provider(ReferenceKernelProvider.class)
                .select(selectClass(BadPinCase.class)).execute();

        assertThat(Outcomes.engineFailure(r)).isInstanceOf(ConfigurationError.class).hasMessage("case pins/bad-pin:"
                + " pins variant md:raid1, but provider reference has no part 'md' (known: " + ReferenceVariants.known() + ")")
                .hasMessageContaining("(known: xfs {nofs-transactions, no-nofs-scope, ")
                .hasMessageContaining("}, loop {noio, no-noio}, dm-bufio {async, gfp-fs, gfp-io}, vmscan {");
        r.testEvents().assertStatistics(s -> s.started(0));
    }

    @Test
    void theVariantOfACasesOwnPartTypeIsSelectableByName() {
        EngineExecutionResults fixed = TckRun.named("pins").provider(ReferenceKernelProvider.class)
                .select(selectClass(OwnPartCase.class)).execute();
        fixed.testEvents().assertStatistics(s -> s.started(1).succeeded(1));

        EngineExecutionResults buggy = TckRun.named("pins").provider(ReferenceKernelProvider.class)
                .param("reclaimtck.variant", "acme-mod:buggy").select(selectClass(OwnPartCase.class)).execute();
        buggy.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(Outcomes.violations(buggy)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("DL-1");
            assertThat(v.getMessage()).contains("acme-mod m0 ran in variant buggy");
            assertThat(v.variants()).containsEntry("acme-mod", "buggy");
        }).extracting(RuleViolation::replayCommand).asString().contains("-Dreclaimtck.variant=acme-mod:buggy");
    }
}
