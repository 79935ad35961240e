package org.reclaimtck.spi.part;

import org.reclaimtck.spi.kernel.PartType;

/**
 * A kernel module that is neither a block device nor a filesystem: a cache with a shrinker, a dm-bufio client, a
 * daemon. Models {@code module_init}: it gets the kernel's services and registers what it owns (shrinkers,
 * workqueues, kthreads). Workloads reach the loaded instance with {@code Storage.module(name, type)}.
 */
public interface ModuleType extends PartType {
    /** Loads one instance; the returned object is what {@code Storage.module} gives back. */
    Object load(ModuleContext ctx);
}
