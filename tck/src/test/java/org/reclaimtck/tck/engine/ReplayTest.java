package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.providers.CycleBlindProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** The replay command of a failure reruns exactly that (case, rule, seed) and reproduces the same trace hash. */
class ReplayTest {
    private static final Pattern PROPERTY = Pattern.compile("-D(reclaimtck\\.[a-z.]+)=(\\S+)");

    @Test
    void replayCommandReproducesTheFailingTrace() {
        EngineExecutionResults first = TckRun.named("replay-first").provider(CycleBlindProvider.class)
                .param("reclaimtck.case", "runtime/abba-random").param("reclaimtck.seeds", "64").execute();
        List<RuleViolation> failures = Outcomes.violations(first);
        assertThat(failures).isNotEmpty();
        RuleViolation failed = failures.get(failures.size() - 1);

        TckRun replay = TckRun.named("replay-again");
        Matcher m = PROPERTY.matcher(failed.replayCommand());
        while (m.find()) {
            replay.param(m.group(1), m.group(2));
        }
        EngineExecutionResults again = replay.execute();

        again.testEvents().assertStatistics(s -> s.started(1).failed(1));
        RuleViolation replayed = Outcomes.violations(again).get(0);
        assertThat(replayed.seed()).isEqualTo(failed.seed());
        assertThat(replayed.caseId()).isEqualTo("runtime/abba-random");
        assertThat(replayed.ruleId()).isEqualTo("RT-2");
        assertThat(replayed.traceHash()).isPresent().isEqualTo(failed.traceHash());
    }
}
