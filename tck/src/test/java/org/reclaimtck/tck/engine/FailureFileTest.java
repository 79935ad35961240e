package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.reclaimtck.tck.api.RuleViolation;
import org.reclaimtck.tck.engine.internal.descriptor.SeedDescriptor;
import org.reclaimtck.tck.providers.CycleBlindProvider;
import org.reclaimtck.tck.testkit.Outcomes;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * Every failing (rule, case, seed) gets a Markdown file with its full text (the drawn cycle and the last trace events,
 * even when its console message names an earlier seed of the same root cause), published as a JUnit FileEntry.
 */
class FailureFileTest {
    @Test
    void eachFailingSeedPublishesItsMarkdownFile() throws IOException {
        TckRun run = TckRun.named("failure-files").provider(CycleBlindProvider.class)
                .param("reclaimtck.case", "runtime/abba-random").param("reclaimtck.seeds", "12");
        Path dir = run.reportDir().resolve("failures");
        Files.createDirectories(dir);
        Path stale = Files.writeString(dir.resolve("RT-9-old-case-seed1.md"), "from an earlier run");
        EngineExecutionResults r = run.execute();

        List<RuleViolation> violations = Outcomes.violations(r);
        assertThat(violations).isNotEmpty();
        List<Event> entries = r.allEvents().fileEntryPublished().list();
        assertThat(entries).hasSameSizeAs(violations);
        Set<UniqueId> failedNodes = r.testEvents().failed().stream().map(e -> e.getTestDescriptor().getUniqueId())
                .collect(Collectors.toSet());
        for (Event e : entries) {
            assertThat(e.getTestDescriptor()).isInstanceOf(SeedDescriptor.class);
            assertThat(failedNodes).contains(e.getTestDescriptor().getUniqueId());
        }
        for (RuleViolation v : violations) {
            FileEntry entry = entries.stream().map(e -> e.getRequiredPayload(FileEntry.class))
                    .filter(f -> f.getPath().getFileName().toString()
                            .equals(v.ruleId() + "-runtime-abba-random-seed" + v.seed() + ".md"))
                    .findFirst().orElseThrow();
            assertThat(entry.getMediaType()).hasValue("text/markdown");
            assertThat(entry.getPath()).exists().startsWith(dir.toAbsolutePath().normalize());
            String md = Files.readString(entry.getPath());
            assertThat(md).startsWith("# " + v.ruleId() + " failed on runtime/abba-random seed " + v.seed())
                    .contains("```sh\n" + v.replayCommand() + "\n```", v.getMessage().lines().findFirst().orElseThrow(),
                            "rebuilt from the trace: ", "seed " + v.seed() + ", trace hash " + v.traceHash().orElseThrow())
                    .as("the file has the full text, also of a seed whose console message names an earlier one")
                    .doesNotContain("same root cause as");
        }
        assertThat(stale).doesNotExist();
    }
}
