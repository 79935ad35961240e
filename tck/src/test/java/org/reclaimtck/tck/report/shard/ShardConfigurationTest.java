package org.reclaimtck.tck.report.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.engine.internal.config.ConfigurationError;
import org.reclaimtck.tck.suites.runtime.AbbaMutexCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** A malformed reclaimtck.shard stops the run before any case, with one line naming the parameter and value. */
class ShardConfigurationTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5/4  | reclaimtck.shard: shard 5/4 is out of range (expected i/n with 1 <= i <= n)",
        "0/4  | reclaimtck.shard: shard 0/4 is out of range (expected i/n with 1 <= i <= n)",
        "2of4 | reclaimtck.shard: '2of4' is not a shard (expected i/n, e.g. 2/4)",
    })
    void badShardIsOneLine(String value, String line) {
        EngineExecutionResults r = TckRun.named("config-shard").param("reclaimtck.shard", value)
                .select(selectClass(AbbaMutexCase.class)).execute();
        Throwable failure = Outcomes.engineFailure(r);
        assertThat(failure).isInstanceOf(ConfigurationError.class).hasMessage(line);
        r.testEvents().assertStatistics(s -> s.started(0));
    }
}
