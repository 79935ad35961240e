package org.reclaimtck.tck.engine.internal.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.reclaimtck.tck.engine.internal.config.RuleBook;
import org.reclaimtck.tck.engine.internal.descriptor.CaseDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.RuleDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.SeedDescriptor;
import org.reclaimtck.tck.engine.internal.descriptor.SuiteDescriptor;
import org.reclaimtck.tck.report.shard.FailingSeeds;

/**
 * Puts the tree in a stable order whatever the selectors' order: suites by name, rules as catalogued, cases by id, seeds
 * by number; except that within a rule the cases and seeds that failed last time ({@link FailingSeeds}) run first.
 */
final class TreeOrder {
    private final RuleBook rules;
    private final Set<String> failedBefore;

    private TreeOrder(RuleBook rules, Set<String> failedBefore) {
        this.rules = rules;
        this.failedBefore = failedBefore;
    }

    static void apply(TestDescriptor node, RuleBook rules, Set<String> failedBefore) {
        new TreeOrder(rules, failedBefore).order(node);
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
            String id = c.definition().qualifiedId();
            boolean failed = c.getChildren().stream().anyMatch(s -> s instanceof SeedDescriptor sd
                    && failedBefore.contains(FailingSeeds.key(id, sd.seed())));
            return (failed ? "0 " : "1 ") + id;
        }
        if (d instanceof SeedDescriptor s) {
            boolean failed = failedBefore.contains(FailingSeeds.key(s.definition().qualifiedId(), s.seed()));
            return (failed ? "0 " : "1 ") + String.format("%016x", s.seed() ^ Long.MIN_VALUE);
        }
        return d.getUniqueId().toString();
    }
}
