package org.reclaimtck.tck.engine.internal.descriptor;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.reclaimtck.tck.engine.internal.config.ConfigurationError;
import org.reclaimtck.tck.engine.internal.execution.TckExecutionContext;

/**
 * Stands in for the cases when a configuration error left nothing selected (e.g. a {@code reclaimtck.case} that
 * matches no case): launchers skip engines without tests, so without it the one-line error would never be shown.
 * It never runs: the engine node fails first.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ConfigurationDescriptor extends AbstractTestDescriptor implements Node<TckExecutionContext> {
    public ConfigurationDescriptor(UniqueId engine, ConfigurationError error) {
        super(engine.append("configuration", "error"), "configuration: " + error.getMessage());
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
