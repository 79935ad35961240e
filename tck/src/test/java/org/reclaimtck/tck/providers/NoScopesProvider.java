package org.reclaimtck.tck.providers;

import java.util.EnumSet;
import java.util.Set;
import org.reclaimtck.spi.kernel.Capability;

/** The reference without {@code Capability.TASK_SCOPES}: the scope cases are not applicable to it. */
public final class NoScopesProvider extends ForwardingProvider {
    public NoScopesProvider() {
        super("no-scopes");
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.RUNTIME);
    }
}
