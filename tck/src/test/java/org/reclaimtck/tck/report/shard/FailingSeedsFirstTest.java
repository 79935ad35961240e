package org.reclaimtck.tck.report.shard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.reclaimtck.tck.providers.CycleBlindProvider;
import org.reclaimtck.tck.testkit.TckRun;

/** The seeds that failed are remembered in failing-seeds.txt and run first next time; a seed that passes is forgotten. */
class FailingSeedsFirstTest {
    private static TckRun run() {
        return TckRun.named("failing-seeds-first").provider(CycleBlindProvider.class)
                .param("reclaimtck.case", "runtime/abba-random").param("reclaimtck.rules", "RT-2")
                .param("reclaimtck.seeds", "10");
    }

    private static List<Long> seeds(List<Event> events) {
        return events.stream().map(Event::getTestDescriptor).map(TestDescriptor::getUniqueId)
                .map(id -> Long.parseLong(id.getLastSegment().getValue())).toList();
    }

    @Test
    void failedSeedsRunFirstNextTime() throws IOException {
        Files.deleteIfExists(run().reportDir().resolve(FailingSeeds.FILE));
        EngineExecutionResults first = run().execute();
        List<Long> failed = seeds(first.testEvents().failed().list());
        assertThat(seeds(first.testEvents().started().list())).isSorted();
        assertThat(failed).isNotEmpty().hasSizeLessThan(10);
        assertThat(Files.readAllLines(run().reportDir().resolve(FailingSeeds.FILE)))
                .containsExactlyInAnyOrderElementsOf(failed.stream().map(s -> "runtime/abba-random " + s).toList());

        List<Long> order = seeds(run().execute().testEvents().started().list());
        assertThat(order.subList(0, failed.size())).containsExactlyElementsOf(failed);
        assertThat(order.subList(failed.size(), order.size())).isSorted().doesNotContainAnyElementsOf(failed);
    }

    @Test
    void aPairJudgedAgainIsForgottenUnlessItFailsAgainAndOthersAreKept() throws IOException {
        TckRun run = TckRun.named("failing-seeds-kept").provider(CycleBlindProvider.class)
                .param("reclaimtck.case", "runtime/abba-random").param("reclaimtck.rules", "RT-2")
                .param("reclaimtck.seeds", "3");
        Files.createDirectories(run.reportDir());
        Files.writeString(run.reportDir().resolve(FailingSeeds.FILE), "other/case 5\nruntime/abba-random 2\n");
        EngineExecutionResults r = run.execute();
        List<String> expected = new ArrayList<>(List.of("other/case 5"));
        seeds(r.testEvents().failed().list()).forEach(s -> expected.add("runtime/abba-random " + s));
        assertThat(FailingSeeds.load(run.reportDir().toAbsolutePath())).containsExactlyInAnyOrderElementsOf(expected);
    }
}
