package org.reclaimtck.realkernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The committed fixture: a cut of a real run of {@code realkernel/run-real-kernel} (Debian 12's 6.1 kernel under
 * qemu, ext4 on dm-linear on loop0 on ext4 on virtio), made by {@code realkernel/cut-fixture.py}; and its copy in which
 * one {@code super_cache_scan} call under GFP_NOFS frees objects.
 */
class FixtureTest {
    static final String FIXTURE = "/org/reclaimtck/realkernel/real-trace.txt.gz";
    static final String EDITED = "/org/reclaimtck/realkernel/real-trace-nofs-edit.txt.gz";

    static TraceImporter.Source resource(String name) {
        return () -> new BufferedReader(new InputStreamReader(
                new GZIPInputStream(FixtureTest.class.getResourceAsStream(name)), StandardCharsets.UTF_8));
    }

    static List<String> lines(String name) throws IOException {
        try (BufferedReader r = resource(name).open()) {
            return r.lines().toList();
        }
    }

    private static Map<String, RuleVerdict> judge(String name) {
        ImportedTrace t = new TraceImporter().importReport(resource(name));
        return new RealKernelJudge().judge(t).stream()
                .collect(Collectors.toMap(RuleVerdict::id, Function.identity()));
    }

    @Test
    void theRealTraceIsImportedAndJudged() {
        ImportedTrace t = new TraceImporter().importReport(resource(FIXTURE));
        assertThat(t.stats().unknown).isEmpty();
        assertThat(t.stats().directReclaimsByClass).containsKeys("GFP_NOFS", "GFP_NOIO");
        assertThat(t.stats().loopWorkerMasks).isNotEmpty();
        Map<String, RuleVerdict> v = judge(FIXTURE);
        assertThat(v.get("SCOPE-3").status()).isEqualTo(RuleVerdict.Status.PASS);
        assertThat(v.get("SCOPE-3").detail()).contains("1 returned SHRINK_STOP");
        assertThat(v.get("K-OOM-RR").status()).isEqualTo(RuleVerdict.Status.NOT_JUDGED);
        assertThat(v.get("K-OOM-RR").detail()).contains("1 OOM kill", "memcg OOM");
        assertThat(v.get("RK-THROTTLE").detail()).contains("VMSCAN_THROTTLE_WRITEBACK");
        assertThat(v.get("SCOPE-4").status()).isEqualTo(RuleVerdict.Status.PASS);
        assertThat(v.get("SCOPE-5").status()).isEqualTo(RuleVerdict.Status.PASS);
        assertThat(v.get("FP-1").status()).isEqualTo(RuleVerdict.Status.PASS);
        assertThat(v.get("DL-1").status()).isEqualTo(RuleVerdict.Status.PASS);
        assertThat(v.get("K-LOOP-1").status()).isEqualTo(RuleVerdict.Status.PASS);
        assertThat(v.get("RK-LAT").status()).isEqualTo(RuleVerdict.Status.MEASURED);
        assertThat(v.get("RK-LAT").detail()).contains("p50", "p99", "max");
        assertThat(v.get("DEP-1").status()).isEqualTo(RuleVerdict.Status.NOT_JUDGED);
        assertThat(v.get("DEP-1").detail()).contains("CONFIG_LOCKDEP");
        assertThat(v.get("SCOPE-1").status()).isEqualTo(RuleVerdict.Status.NOT_JUDGED);
    }

    @Test
    void aFilesystemShrinkerFreeingObjectsUnderGfpNofsFailsScope3QuotingTheLine() throws IOException {
        List<String> a = lines(FIXTURE);
        List<String> b = lines(EDITED);
        int edited = 0;
        while (a.get(edited).equals(b.get(edited))) {
            edited++;
        }
        String editedLine = b.get(edited).strip();
        assertThat(editedLine).contains("super_cache_scan");
        RuleVerdict scope3 = judge(EDITED).get("SCOPE-3");
        assertThat(scope3.status()).isEqualTo(RuleVerdict.Status.FAIL);
        assertThat(scope3.detail()).contains("trace line " + (edited + 1));
        assertThat(scope3.evidence()).anyMatch(e -> e.contains("lacks __GFP_FS") && e.contains("super_cache_scan"));
        assertThat(scope3.evidence()).contains("line " + (edited + 1) + ": " + editedLine);
    }
}
