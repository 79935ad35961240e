package org.reclaimtck.spi.part;

import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * A page allocator: models {@code mm/page_alloc.c} as a whole. Selected with
 * {@code MachineSpec.Builder.pageAllocator(name)}. The kernel wraps it: every request is traced at the kernel's
 * entry ({@code AllocRequested} with the caller's and the scoped mask, {@code AllocReturned}) and reclaim is the
 * kernel's, reached through {@link AllocatorContext}.
 */
public interface PageAllocatorType extends PartType {
    PageAllocator create(AllocatorContext ctx);
}
