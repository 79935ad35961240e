package org.reclaimtck.ref.kernel;

import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.mm.Mempools;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.PageCache;
import org.reclaimtck.spi.part.KernelServices;
import org.reclaimtck.spi.rcu.Rcu;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;
import org.reclaimtck.spi.runtime.KernelRuntime;

/** The services one reference kernel exports to its parts: models the kernel's {@code EXPORT_SYMBOL} table. */
record Services(KernelRuntime runtime, PageAllocator pageAllocator, Mempools mempools, Rcu rcu,
                ShrinkerRegistry shrinkers, BlockLayer blockLayer, PageCache pageCache, Vfs vfs) implements KernelServices {
}
