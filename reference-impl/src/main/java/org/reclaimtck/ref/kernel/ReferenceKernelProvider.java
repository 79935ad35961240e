package org.reclaimtck.ref.kernel;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reclaimtck.ref.runtime.TaskThreads;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * The reference implementation's {@link KernelProvider}, name {@value #NAME}, found by {@code ServiceLoader}: the
 * public assembly API of the reference. Its kernels are built from every {@code PartType} on the class path (the
 * reference's own and a user's, listed in {@code META-INF/services/org.reclaimtck.spi.kernel.PartType}), those a
 * machine registers, and those given to {@link #withParts}.
 */
public final class ReferenceKernelProvider implements KernelProvider {
    public static final String NAME = "reference";
    public static final String VERSION = "0.1.0";

    private final String name;
    private final TaskThreads threads;
    private final List<PartType> extra;
    private volatile PartRegistry registry;

    /** Threads chosen by {@code reclaimtck.ref.threads} (virtual when the JVM has them). */
    public ReferenceKernelProvider() {
        this(NAME, null, List.of());
    }

    /** Threads of the given kind, for tests that compare virtual and platform threads in one JVM. */
    public ReferenceKernelProvider(TaskThreads threads) {
        this(NAME, threads, List.of());
    }

    private ReferenceKernelProvider(String name, TaskThreads threads, List<PartType> extra) {
        this.name = Objects.requireNonNull(name);
        this.threads = threads;
        this.extra = List.copyOf(extra);
    }

    /**
     * The reference kernel with {@code parts} registered beside those on the class path, under its own provider
     * {@code name} (e.g. {@code acme-on-reference}); a user's {@code KernelProvider} may simply delegate to it.
     */
    public static ReferenceKernelProvider withParts(String name, PartType... parts) {
        return new ReferenceKernelProvider(name, null, List.of(parts));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.RUNTIME, Capability.TASK_SCOPES, Capability.PAGE_ALLOCATOR, Capability.RECLAIM,
                Capability.SHRINKERS, Capability.WRITEBACK, Capability.BLOCK, Capability.LOOP, Capability.DEVICE_MAPPER,
                Capability.FILESYSTEM, Capability.OOM, Capability.SWAP, Capability.MEMCG, Capability.MEMPOOL,
                Capability.RCU);
    }

    /** Every variant of every part type this provider's kernels can be built from. */
    @Override
    public List<Variant> variants() {
        return registry().variants();
    }

    /** The part types found: the reference's, the class path's and {@link #withParts}'. */
    public PartRegistry registry() {
        PartRegistry r = registry;
        if (r == null) {
            r = PartRegistry.discover(Thread.currentThread().getContextClassLoader()).withAll(extra, "withParts");
            registry = r;
        }
        return r;
    }

    @Override
    public Kernel boot(MachineSpec spec) {
        return new ReferenceKernel(spec, threads != null ? threads : TaskThreads.fromSystemProperty(), registry());
    }
}
