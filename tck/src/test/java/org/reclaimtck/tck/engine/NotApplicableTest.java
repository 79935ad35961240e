package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.tck.providers.NoScopesProvider;
import org.reclaimtck.tck.testkit.TckRun;

/** Cases needing a capability the provider lacks are skipped as "not applicable", and reported so. */
class NotApplicableTest {
    @Test
    void scopeCasesAreNotApplicableWithoutTaskScopes() throws Exception {
        TckRun run = TckRun.named("no-scopes").provider(NoScopesProvider.class).param("reclaimtck.seeds", "1")
                .param("reclaimtck.case", "runtime/*");
        EngineExecutionResults r = run.execute();

        r.containerEvents().assertThatEvents().haveExactly(2, event(container(),
                skippedWithReason("not applicable: provider lacks TASK_SCOPES")));
        r.testEvents().assertStatistics(s -> s.failed(0));
        String json = Files.readString(run.reportDir().resolve("report.json"));
        assertThat(json).contains("\"id\": \"SCOPE-1\", \"level\": \"MUST\"")
                .contains("\"status\": \"not applicable\"")
                .contains("\"notApplicable\": 2");
    }
}
