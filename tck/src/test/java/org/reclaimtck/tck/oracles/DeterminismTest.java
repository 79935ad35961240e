package org.reclaimtck.tck.oracles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where two traces of one (case, seed) first differ. */
class DeterminismTest {
    @Test
    void equalTracesHaveNoDivergence() {
        assertThat(Determinism.firstDivergence(new Traces().spawn("a").build(), new Traces().spawn("a").build()))
                .isEmpty();
    }

    @Test
    void theFirstDifferentEventIsShown() {
        assertThat(Determinism.firstDivergence(new Traces().spawn("a", "b").lock("a", "m").build(),
                new Traces().spawn("a", "b").lock("b", "m").build()))
                .hasValue("event #3: \"[    0.000000] a: lock mutex m class=m_class\" vs"
                        + " \"[    0.000000] b: lock mutex m class=m_class\"");
    }

    @Test
    void aShorterTraceIsShownWithTheLastCommonEvent() {
        assertThat(Determinism.firstDivergence(new Traces().spawn("a").exit("a").build(), new Traces().spawn("a").build()))
                .hasValue("the first run has 2 events, the second 1; both agree up to"
                        + " \"[    0.000000] init: spawn a\"");
    }
}
