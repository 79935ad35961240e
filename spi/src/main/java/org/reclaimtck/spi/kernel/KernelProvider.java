package org.reclaimtck.spi.kernel;

import java.util.List;
import java.util.Set;

/**
 * An implementation under test, found with {@link java.util.ServiceLoader}: boots a fresh
 * {@link Kernel} for each (case, seed).
 */
public interface KernelProvider {
    /** A short unique name, e.g. {@code reference}; the value of {@code reclaimtck.provider}. */
    String name();

    String version();

    Set<Capability> capabilities();

    /** The variants of parts this provider can model (historical bugs, proposals); empty by default. */
    default List<Variant> variants() {
        return List.of();
    }

    /** Boots a new kernel on the given machine. */
    Kernel boot(MachineSpec spec);
}
