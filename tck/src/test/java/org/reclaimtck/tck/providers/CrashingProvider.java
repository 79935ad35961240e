package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;

/** boot() throws: the kit must fail each case with the provider's exception, not crash the engine. */
public final class CrashingProvider extends ForwardingProvider {
    public CrashingProvider() {
        super("crashing");
    }

    @Override
    public Kernel boot(MachineSpec spec) {
        throw new IllegalStateException("Kernel panic - not syncing: VFS: Unable to mount root fs");
    }
}
