/**
 * Assembling a kernel from parts: the part types a kernel builds a stack from (block drivers, filesystem types,
 * modules, page allocators) and the contexts through which a part reaches the kernel's services. A part implements
 * an ops table of its mechanism's package ({@code block.BlockDeviceOperations}, {@code fs.SuperOperations},
 * {@code fs.AddressSpaceOperations}, {@code reclaim.Shrinker}, {@code mm.PageAllocator}) and calls back only through
 * {@link org.reclaimtck.spi.part.KernelServices}; it never needs a class of the kernel it is plugged into.
 */
package org.reclaimtck.spi.part;
