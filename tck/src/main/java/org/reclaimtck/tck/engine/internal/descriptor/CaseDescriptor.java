package org.reclaimtck.tck.engine.internal.descriptor;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.engine.internal.execution.CaseDefinition;
import org.reclaimtck.tck.engine.internal.execution.TckExecutionContext;
import org.reclaimtck.tck.rules.Rule;

/** A case under one rule: skipped as "not applicable" if the provider lacks a capability the case requires. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CaseDescriptor extends AbstractTestDescriptor implements Node<TckExecutionContext> {
    private final CaseDefinition definition;
    private final String suite;
    private final Rule rule;

    public CaseDescriptor(UniqueId uniqueId, CaseDefinition definition, Rule rule) {
        super(uniqueId, name(definition, rule), ClassSource.from(definition.type()));
        this.definition = definition;
        this.suite = definition.suite();
        this.rule = rule;
    }

    public CaseDefinition definition() {
        return definition;
    }

    public Rule rule() {
        return rule;
    }

    /** {@code deadlock/s1-dm-bufio-nofs [DL-1]}: what IDEs, Surefire's XML and CI viewers show for the case. */
    static String name(CaseDefinition definition, Rule rule) {
        return definition.qualifiedId() + " [" + rule.id() + "]";
    }

    @Override
    public String getLegacyReportingName() {
        return getDisplayName();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public SkipResult shouldBeSkipped(TckExecutionContext context) {
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        missing.addAll(definition.requires());
        missing.removeAll(context.provider().provider().capabilities());
        if (missing.isEmpty()) {
            return SkipResult.doNotSkip();
        }
        return SkipResult.skip("not applicable: provider lacks "
                + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }

    @Override
    public void nodeSkipped(TckExecutionContext context, TestDescriptor descriptor, SkipResult result) {
        context.results().notApplicable(suite, rule, definition.qualifiedId(), result.getReason().orElse(""));
    }
}
