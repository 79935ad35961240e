package org.reclaimtck.ref.kernel;

import java.util.List;
import java.util.Set;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * The reference kernel with a user's parts, under the user's provider name, listable in
 * {@code META-INF/services/org.reclaimtck.spi.kernel.KernelProvider}:
 *
 * <pre>{@code
 * public final class AcmeProvider extends ReferenceWithParts {
 *     public AcmeProvider() { super("acme-on-reference", new AcmeFsType(), new AcmeBlkType()); }
 * }
 * }</pre>
 *
 * Part types on the class path are found as well; these are added to them.
 */
public abstract class ReferenceWithParts implements KernelProvider {
    private final ReferenceKernelProvider reference;

    protected ReferenceWithParts(String name, PartType... parts) {
        this.reference = ReferenceKernelProvider.withParts(name, parts);
    }

    @Override
    public final String name() {
        return reference.name();
    }

    @Override
    public String version() {
        return reference.version();
    }

    @Override
    public Set<Capability> capabilities() {
        return reference.capabilities();
    }

    @Override
    public final List<Variant> variants() {
        return reference.variants();
    }

    @Override
    public final Kernel boot(MachineSpec spec) {
        return reference.boot(spec);
    }
}
