package org.reclaimtck.realkernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;

/** Both sides of the cross-check have the same rows; the model side's qualitative shape holds on a smaller run. */
class CrossCheckTest {
    @Test
    void theModelSideOfTheWorkloadShape() {
        RunResult model = ModelRun.run(1, 768, 64);
        Map<String, String> m = CrossCheck.modelSide(model);
        assertThat(model.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(m.get("filesystem entries in reclaim without __GFP_FS (SCOPE-3)")).isEqualTo("0");
        assertThat(m.get("nested direct reclaims (SCOPE-5)")).isEqualTo("0");
        assertThat(m.get("loop worker's effective masks")).contains("GFP_NOIO").doesNotContain("GFP_NOFS", "GFP_KERNEL");
        assertThat(m.get("SHRINK_STOP returns")).contains("GFP_NOIO");
        assertThat(m.get("OOM")).startsWith("1 kills; run ended COMPLETED");

        ImportedTrace real = new TraceImporter().importReport(FixtureTest.resource(FixtureTest.FIXTURE));
        Map<String, String> r = CrossCheck.realSide(real);
        assertThat(r.keySet()).containsExactlyElementsOf(m.keySet());
        assertThat(CrossCheck.table(model, real)).startsWith("| quantity | reference model | real kernel");
    }
}
