/**
 * The reference's block drivers and device-mapper parts ({@code drivers/block/}, {@code drivers/md/}): disk, loop,
 * dm-linear and the dm-bufio client. They are parts like a user's: they implement the SPI's ops tables, register as
 * {@code PartType}s through {@code ServiceLoader}, and reach the kernel only through {@code KernelServices}; this
 * package imports nothing of the reference (an ArchUnit rule holds it to that).
 */
package org.reclaimtck.ref.drivers;
