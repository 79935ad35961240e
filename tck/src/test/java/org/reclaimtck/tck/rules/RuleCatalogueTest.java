package org.reclaimtck.tck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rule ids follow one scheme, and patterns of reclaimtck.rules select by id or prefix. */
class RuleCatalogueTest {
    @Test
    void idsFollowTheProjectScheme() {
        assertThat(RuleCatalogue.all()).allSatisfy(r -> {
            assertThat(r.family()).isIn("RT", "SCOPE", "DL", "FP", "DEP", "TRACE", "ALLOC", "RECLAIM", "SHRINK", "BLK",
                    "FS", "OOM", "NOFAIL", "SWAP", "MEMCG", "MEMPOOL", "RCU", "POLICY");
            assertThat(r.text()).contains(r.level().name()).endsWith(".");
            assertThat(r.link()).isEqualTo("docs/rules.md#" + r.id());
        });
    }

    @Test
    void aUserRuleLinksToItsSourceIfThatIsAUrlAndNeverToTheKitsDocs() {
        Rule linked = new Rule("ACME-1", RuleLevel.MUST, "t", "x MUST y.", "https://acme.example/rules#ACME-1");
        Rule unlinked = new Rule("ACME-2", RuleLevel.MUST, "t", "x MUST y.", "acme spec 3");
        Rule sameIdAsKit = new Rule("RT-1", RuleLevel.MUST, "t", "x MUST y.", "");

        assertThat(linked.link()).isEqualTo("https://acme.example/rules#ACME-1");
        assertThat(unlinked.link()).isEmpty();
        assertThat(sameIdAsKit.kit()).isFalse();
        assertThat(sameIdAsKit.link()).isEmpty();
        assertThat(RuntimeRules.RT_1.kit()).isTrue();
    }

    @Test
    void patternsSelectByIdOrPrefix() {
        assertThat(RuleCatalogue.matching("RT-*")).extracting(Rule::id)
                .containsExactly("RT-1", "RT-2", "RT-3", "RT-4", "RT-5", "RT-6", "RT-7", "RT-8");
        assertThat(RuleCatalogue.matching("SCOPE-2")).extracting(Rule::id).containsExactly("SCOPE-2");
        assertThat(RuleCatalogue.matching("RT-1")).extracting(Rule::id).containsExactly("RT-1");
        assertThat(RuleCatalogue.matching("XX-*")).isEmpty();
    }

    @Test
    void malformedIdsAreRejected() {
        assertThatThrownBy(() -> new Rule("rt1", RuleLevel.MUST, "t", "x MUST y.", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rt1");
    }
}
