package org.reclaimtck.tck.engine.internal.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.reclaimtck.tck.engine.internal.config.RuleBook;
import org.reclaimtck.tck.engine.internal.descriptor.CaseDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.RuleDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.SeedDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.SuiteDescriptor;

/** Puts the tree in a stable order whatever the selectors' order: suites by name, rules as catalogued, cases by id, seeds by number. */
final class TreeOrder {
    private final RuleBook rules;

    private TreeOrder(RuleBook rules) {
        this.rules = rules;
    }

    static void apply(TestDescriptor node, RuleBook rules) {
        new TreeOrder(rules).order(node);
    }

    private void order(TestDescriptor node) {
        node.orderChildren(children -> {
            List<TestDescriptor> sorted = new ArrayList<>(children);
            sorted.sort(Comparator.comparing(this::key));
            return sorted;
        });
        node.getChildren().forEach(this::order);
    }

    private String key(TestDescriptor d) {
        if (d instanceof SuiteDescriptor s) {
            return s.suite();
        }
        if (d instanceof RuleDescriptor r) {
            return String.format("%05d", rules.indexOf(r.rule().id()));
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
