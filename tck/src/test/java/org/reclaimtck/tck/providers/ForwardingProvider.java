package org.reclaimtck.tck.providers;

import java.util.Set;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;

/**
 * A deliberately broken provider for the kit's own tests: the reference provider with one behaviour changed.
 * Not registered in META-INF/services; selected by class name through {@code reclaimtck.provider}.
 */
abstract class ForwardingProvider implements KernelProvider {
    protected final KernelProvider reference = new ReferenceKernelProvider();
    private final String name;

    ForwardingProvider(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return reference.version() + "-broken";
    }

    @Override
    public Set<Capability> capabilities() {
        return reference.capabilities();
    }

    @Override
    public Kernel boot(MachineSpec spec) {
        return wrap(reference.boot(spec));
    }

    /** The broken part; the identity by default. */
    protected Kernel wrap(Kernel kernel) {
        return kernel;
    }
}
