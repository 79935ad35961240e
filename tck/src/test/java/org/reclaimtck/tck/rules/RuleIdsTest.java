package org.reclaimtck.tck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleIdsTest {
    @Test
    void everyKitRuleHasAnIdConstantAndNoMore() throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field f : RuleIds.class.getFields()) {
            assertThat(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())).isTrue();
            String id = (String) f.get(null);
            assertThat(f.getName()).isEqualTo(id.replace('-', '_'));
            ids.add(id);
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(RuleCatalogue.all().stream().map(Rule::id).toList());
    }

    @Test
    void ruleConstantsAreTheCataloguedRules() {
        assertThat(RuleCatalogue.find(RuleIds.DL_1)).contains(StorageRules.DL_1);
        assertThat(RuleCatalogue.find(RuleIds.SCOPE_3)).contains(StorageRules.SCOPE_3);
        assertThat(RuleCatalogue.find(RuleIds.RT_1)).contains(RuntimeRules.RT_1);
        assertThat(RuleCatalogue.find(RuleIds.DEP_2)).contains(DependencyRules.DEP_2);
    }

    @Test
    void dispatchFindsTheCheckOfARuleAndNamesAnUnknownOne() {
        RuleDispatch<String> d = RuleDispatch.of(Map.of(StorageRules.DL_1, "no deadlock"));

        assertThat(d.of(StorageRules.DL_1, "deadlock/x")).isEqualTo("no deadlock");
        assertThatThrownBy(() -> d.of(StorageRules.FP_1, "deadlock/x"))
                .isInstanceOf(IllegalStateException.class).hasMessage("deadlock/x does not check FP-1");
    }
}
