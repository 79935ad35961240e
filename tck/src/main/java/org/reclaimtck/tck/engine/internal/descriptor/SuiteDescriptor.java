package org.reclaimtck.tck.engine.internal.descriptor;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.reclaimtck.tck.engine.internal.execution.TckExecutionContext;

/** A suite node, e.g. {@code runtime}: groups the rules its cases check. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SuiteDescriptor extends AbstractTestDescriptor implements Node<TckExecutionContext> {
    private final String suite;

    public SuiteDescriptor(UniqueId uniqueId, String suite) {
        super(uniqueId, suite);
        this.suite = suite;
    }

    public String suite() {
        return suite;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
