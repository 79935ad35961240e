package org.reclaimtck.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.tck.testkit.TckRun;

/** {@code reclaimtck.list=variants} prints the provider's parts and variants as a table and runs no case. */
class VariantListingTest {
    @Test
    void listsEveryVariantOfTheProviderAndRunsNoCase() throws Exception {
        TckRun run = TckRun.named("list-variants").param("reclaimtck.list", "variants")
                .param("reclaimtck.console", "summary");
        Files.deleteIfExists(run.reportDir().resolve("report.json"));
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        EngineExecutionResults r;
        try {
            r = run.execute();
        } finally {
            System.setOut(out);
        }

        r.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(r.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("list variants");
        List<Map<String, String>> entries = r.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs()).toList();
        List<Variant> expected = new ReferenceKernelProvider().variants();
        assertThat(entries).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Variant v = expected.get(i);
            assertThat(entries.get(i)).containsEntry("reclaimtck.part", v.part())
                    .containsEntry("reclaimtck.variant", v.name())
                    .containsEntry("reclaimtck.default", String.valueOf(v.isDefault()))
                    .containsEntry("reclaimtck.description", v.description());
        }
        String table = captured.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("variants of provider reference 0.1.0 (select with -Dreclaimtck.variant=")
                .containsPattern("\\n  part +variant +default +description\\n")
                .containsPattern("\\n  dm-bufio +gfp-io +shrinker blocks on I/O");
        assertThat(run.reportDir().resolve("report.json")).doesNotExist();
    }
}
