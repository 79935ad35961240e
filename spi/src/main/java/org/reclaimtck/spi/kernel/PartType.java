package org.reclaimtck.spi.kernel;

import java.util.List;

/**
 * A kind of part a kernel is assembled from, found by name: models a registered driver or filesystem type
 * ({@code register_filesystem()}, a block driver's {@code module_init}). The reference kernel builds a
 * {@code StackSpec} from the types registered with it: through {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/org.reclaimtck.spi.kernel.PartType} file listing the classes) or programmatically with
 * {@code MachineSpec.Builder.register}. The kinds are in {@code org.reclaimtck.spi.part}: block drivers,
 * filesystem types, modules (a shrinker owner, a dm-bufio client) and page allocators.
 */
public interface PartType {
    /** The type's name as a stack names it, e.g. {@code loop}, {@code xfs}, {@code acme}; also its variants' part. */
    String name();

    /**
     * The behaviours this type can run in, {@link Variant#part()} equal to {@link #name()}, exactly one the default;
     * empty if it has one behaviour only. Selected with {@code -Dreclaimtck.variant=name:variant}.
     */
    default List<Variant> variants() {
        return List.of();
    }

    /** One line for listings, e.g. {@code loop device over a file (drivers/block/loop.c)}. */
    default String description() {
        return name();
    }
}
