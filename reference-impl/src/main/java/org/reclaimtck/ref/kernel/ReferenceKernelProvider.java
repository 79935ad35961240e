package org.reclaimtck.ref.kernel;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reclaimtck.ref.runtime.TaskThreads;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.Variant;

/** The reference implementation's {@link KernelProvider}, name {@value #NAME}, found by {@code ServiceLoader}. */
public final class ReferenceKernelProvider implements KernelProvider {
    public static final String NAME = "reference";
    public static final String VERSION = "0.1.0";

    private final TaskThreads threads;

    /** Threads chosen by {@code reclaimtck.ref.threads} (virtual when the JVM has them). */
    public ReferenceKernelProvider() {
        this(null);
    }

    /** Threads of the given kind, for tests that compare virtual and platform threads in one JVM. */
    public ReferenceKernelProvider(TaskThreads threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER,
                Capability.FILESYSTEM);
    }

    @Override
    public List<Variant> variants() {
        return ReferenceVariants.ALL;
    }

    @Override
    public Kernel boot(MachineSpec spec) {
        return new ReferenceKernel(spec, threads != null ? threads : TaskThreads.fromSystemProperty());
    }
}
