package org.reclaimtck.tck.engine.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.reclaimtck.tck.engine.descriptor.CaseDescriptor;
import org.reclaimtck.tck.engine.descriptor.RuleDescriptor;
import org.reclaimtck.tck.engine.descriptor.SeedDescriptor;
import org.reclaimtck.tck.engine.descriptor.SuiteDescriptor;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleCatalogue;

/** Puts the tree in a stable order whatever the selectors' order: suites by name, rules as catalogued, cases by id, seeds by number. */
final class TreeOrder {
    private static final List<String> RULES = RuleCatalogue.all().stream().map(Rule::id).toList();

    private TreeOrder() {
    }

    static void apply(TestDescriptor node) {
        node.orderChildren(children -> {
            List<TestDescriptor> sorted = new ArrayList<>(children);
            sorted.sort(Comparator.comparing(TreeOrder::key));
            return sorted;
        });
        node.getChildren().forEach(TreeOrder::apply);
    }

    private static String key(TestDescriptor d) {
        if (d instanceof SuiteDescriptor s) {
            return s.suite();
        }
        if (d instanceof RuleDescriptor r) {
            return String.format("%05d", RULES.indexOf(r.rule().id()));
        }
        if (d instanceof CaseDescriptor c) {
            return c.definition().qualifiedId();
        }
        if (d instanceof SeedDescriptor s) {
            return String.format("%016x", s.seed() ^ Long.MIN_VALUE);
        }
        return d.getUniqueId().toString();
    }
}
