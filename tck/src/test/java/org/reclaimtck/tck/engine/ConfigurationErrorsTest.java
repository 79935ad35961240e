package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.config.ConfigurationError;
import org.reclaimtck.tck.report.ReportWriter;
import org.reclaimtck.tck.rules.RuleCatalogue;
import org.reclaimtck.tck.suites.runtime.AbbaMutexCase;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/** A malformed parameter or an unknown provider ends the run with one line naming the parameter and value. */
class ConfigurationErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "reclaimtck.seeds    | abc         | reclaimtck.seeds: 'abc' is not a number of seeds (expected a positive integer, e.g. 16)",
        "reclaimtck.seeds    | 0           | reclaimtck.seeds: '0' is out of range (expected 1..100000)",
        "reclaimtck.seed     | x1          | reclaimtck.seed: 'x1' is not a seed (expected a positive integer, e.g. 3)",
        "reclaimtck.seed     | 0           | reclaimtck.seed: '0' is not a seed (seeds run from 1; expected a positive integer, e.g. 3)",
        "reclaimtck.seed     | -1          | reclaimtck.seed: '-1' is not a seed (seeds run from 1; expected a positive integer, e.g. 3)",
        "reclaimtck.seeds    | -4          | reclaimtck.seeds: '-4' is out of range (expected 1..100000)",
        "reclaimtck.timeout  | soon        | reclaimtck.timeout: 'soon' is not a duration (expected e.g. 500ms, 30s, 2m)",
        "reclaimtck.case     | runtime/nope | reclaimtck.case: no case matches 'runtime/nope' (found: runtime/abba-mutex)",
        "reclaimtck.provider | x           | reclaimtck.provider: no provider named 'x' (found: reference)",
        "reclaimtck.provider | java.lang.String | reclaimtck.provider: class 'java.lang.String' does not implement org.reclaimtck.spi.kernel.KernelProvider",
        "reclaimtck.variant  | dm-bufio=gfp-io | reclaimtck.variant: 'dm-bufio=gfp-io' is not part:variant (expected part:variant[,part:variant...], e.g. dm-bufio:gfp-io,loop:no-noio; -Dreclaimtck.list=variants lists them)",
        "reclaimtck.variant  | loop:noio,loop:no-noio | reclaimtck.variant: part 'loop' is selected twice in 'loop:noio,loop:no-noio'",
        "reclaimtck.variant  | raid:none   | reclaimtck.variant: provider reference has no part 'raid' (known: xfs {nofs-transactions, no-nofs-scope, nofail-in-reclaim, nofail-high-order}, loop {noio, no-noio}, dm-bufio {async, gfp-fs, gfp-io}, vmscan {no-writepage, no-flusher-wakeup, no-reclaim-rotation, noprogress-gives-up, noprogress-hz10, kswapd-writepage, kswapd-congestion-wait}, writeback {mem-reclaim-wq, no-mem-reclaim-wq}, oom {skip-nofs, kill-for-nofs, no-reaper, no-oom-killer}, gfp-policy {kernel, merged-noio-nofs, per-sb-nofs, nofail-scope, nowait-scope, per-sb-nofs-ignores-depth}, memcg {kernel, reclaim-ignores-scope, oom-skips-nofs, oom-global-victim, reclaim-root-lruvec}, mempool {waits, fails}, rcu {kfree-shrinker, no-kfree-shrinker})",
        "reclaimtck.variant  | dm-bufio:gfp-io,loop:gfp-io | reclaimtck.variant: provider reference has no variant 'gfp-io' of part 'loop' (known: xfs {nofs-transactions, no-nofs-scope, nofail-in-reclaim, nofail-high-order}, loop {noio, no-noio}, dm-bufio {async, gfp-fs, gfp-io}, vmscan {no-writepage, no-flusher-wakeup, no-reclaim-rotation, noprogress-gives-up, noprogress-hz10, kswapd-writepage, kswapd-congestion-wait}, writeback {mem-reclaim-wq, no-mem-reclaim-wq}, oom {skip-nofs, kill-for-nofs, no-reaper, no-oom-killer}, gfp-policy {kernel, merged-noio-nofs, per-sb-nofs, nofail-scope, nowait-scope, per-sb-nofs-ignores-depth}, memcg {kernel, reclaim-ignores-scope, oom-skips-nofs, oom-global-victim, reclaim-root-lruvec}, mempool {waits, fails}, rcu {kfree-shrinker, no-kfree-shrinker})",
        "reclaimtck.list     | rules       | reclaimtck.list: 'rules' cannot be listed (expected variants)",
        "reclaimtck.parts    | blockdev:acmeblk | reclaimtck.parts: unknown role 'blockdev' in 'blockdev:acmeblk' (expected role:type[,role:type...] with roles allocator, shrinker, block-device, filesystem, e.g. block-device:acmeblk,filesystem:acmefs)",
        "reclaimtck.parts    | filesystem:acmefs,filesystem:xfs | reclaimtck.parts: role 'filesystem' is selected twice in 'filesystem:acmefs,filesystem:xfs'",
    })
    void badValueIsOneLineNamingParameterAndValue(String key, String value, String line) {
        Throwable failure = engineFailure(key, value);

        assertThat(failure).hasMessage(line);
        assertThat(failure.toString()).isEqualTo(line);
        assertThat(failure.getStackTrace()).isEmpty();
    }

    /** Runs abba-mutex with {@code key=value}: the engine must fail with a one-line error before any case runs. */
    private static Throwable engineFailure(String key, String value) {
        EngineExecutionResults r = TckRun.named("config").param(key, value).select(selectClass(AbbaMutexCase.class))
                .execute();
        r.testEvents().assertStatistics(s -> s.started(0));
        Throwable failure = Outcomes.engineFailure(r);
        assertThat(failure).isInstanceOf(ConfigurationError.class);
        assertThat(failure.getMessage()).doesNotContain("\n");
        return failure;
    }

    @Test
    void anUnknownPartTypeIsOneLineListingTheTypesOfItsRole() {
        EngineExecutionResults r = TckRun.named("config").param("reclaimtck.parts", "block-device:acmeblk")
                .select(selectClass(AbbaMutexCase.class)).execute();

        assertThat(Outcomes.engineFailure(r)).isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("reclaimtck.parts: no BlockDriverType 'acmeblk' for role 'block-device'; known: ")
                .hasMessageContaining("disk").hasMessageContaining("dm-linear").hasMessageNotContaining("xfs");
        r.testEvents().assertStatistics(s -> s.started(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "reclaimtck.seeed    | 3        | reclaimtck.seed",
        "reclaimtck.rule     | RT-1     | reclaimtck.rules",
        "reclaimtck.cases    | runtime/* | reclaimtck.case",
        "reclaimtck.reportdir | out     | reclaimtck.report.dir",
        "reclaimtck.variants | loop:noio | reclaimtck.variant",
    })
    void anUnknownKeyIsOneLineNamingTheNearestKnownKey(String key, String value, String nearest) {
        assertThat(engineFailure(key, value)).hasMessageStartingWith(key + ": unknown parameter; did you mean "
                + nearest + "? (known: reclaimtck.provider, reclaimtck.seeds, reclaimtck.seed, ");
    }

    @Test
    void theBuildsOwnPropertiesAreNotUnknownKeys() {
        TckRun run = TckRun.named("config-build-keys").select(selectClass(AbbaMutexCase.class))
                .param("reclaimtck.seeds", "1");
        Configuration.BUILD_PROPERTIES.forEach(k -> run.param(k, "x"));

        run.execute().containerEvents().assertStatistics(s -> s.failed(0));
    }

    @Test
    void anUnwritableReportDirectoryFailsTheRunBeforeAnyCase() {
        assertThat(engineFailure("reclaimtck.report.dir", "/proc/nope"))
                .hasMessageStartingWith("reclaimtck.report.dir: '/proc/nope' is not a writable directory (");
    }

    @Test
    void aConfigurationErrorRemovesThePreviousRunsReports() throws Exception {
        TckRun good = TckRun.named("config-stale").select(selectClass(AbbaMutexCase.class))
                .param("reclaimtck.seeds", "1");
        good.execute();
        Path dir = good.reportDir();
        assertThat(dir.resolve("report.md")).exists();
        assertThat(dir.resolve("badge.svg")).exists();

        TckRun.named("config-stale").select(selectClass(AbbaMutexCase.class)).param("reclaimtck.seed", "0").execute();

        for (String f : ReportWriter.FILES) {
            assertThat(dir.resolve(f)).doesNotExist();
        }
    }

    @Test
    void unknownRuleListsTheCatalogue() {
        EngineExecutionResults r = TckRun.named("config").param("reclaimtck.rules", "RT-99")
                .select(selectClass(AbbaMutexCase.class)).execute();

        assertThat(Outcomes.engineFailure(r)).hasMessage("reclaimtck.rules: no rule matches 'RT-99' (known: "
                + RuleCatalogue.knownIds() + ")").hasMessageContaining("RT-1, RT-2");
    }

    @Test
    void theLineIsPrintedToStderr() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TckRun.named("config").param("reclaimtck.console", "summary").param("reclaimtck.seeds", "abc")
                    .select(selectClass(AbbaMutexCase.class)).execute();
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(
                "reclaimtck.seeds: 'abc' is not a number of seeds (expected a positive integer, e.g. 16)"
                        + System.lineSeparator());
    }

    @Test
    void badValueIsSilentWhenNothingOfTheKitIsSelected() {
        EngineExecutionResults r = TckRun.named("config").param("reclaimtck.seeds", "abc")
                .select(selectClass(ConfigurationErrorsTest.class)).execute();

        r.allEvents().assertStatistics(s -> s.failed(0));
    }
}
