package org.reclaimtck.tck.engine.internal.config;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.KernelProvider;

/**
 * The provider under test and the value of {@code reclaimtck.provider} that selects it again in a replay
 * command: its ServiceLoader name, or its class name if it is not registered.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record SelectedProvider(KernelProvider provider, String key) {
    /** {@code reference 0.1.0}. */
    public String label() {
        return provider.name() + " " + provider.version();
    }
}
