/**
 * The reference's journaling filesystem, an XFS-like part ({@code fs/xfs/}): super and address-space operations over
 * the kernel's VFS, page cache and journal service. SPI only, like a user's filesystem.
 */
package org.reclaimtck.ref.xfs;
