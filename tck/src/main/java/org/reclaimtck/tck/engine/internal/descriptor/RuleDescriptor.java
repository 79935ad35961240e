package org.reclaimtck.tck.engine.internal.descriptor;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.reclaimtck.tck.engine.internal.execution.TckExecutionContext;
import org.reclaimtck.tck.rules.Rule;

/** A rule node of a suite, e.g. {@code RT-2 mutex cycle is a deadlock}: its children are the cases that check it. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RuleDescriptor extends AbstractTestDescriptor implements Node<TckExecutionContext> {
    private final String suite;
    private final Rule rule;

    public RuleDescriptor(UniqueId uniqueId, String suite, Rule rule) {
        super(uniqueId, rule.id() + " " + rule.title());
        this.suite = suite;
        this.rule = rule;
    }

    public String suite() {
        return suite;
    }

    public Rule rule() {
        return rule;
    }

    @Override
    public String getLegacyReportingName() {
        return rule.id();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
