package org.reclaimtck.spi.part;

import org.reclaimtck.spi.fs.SuperOperations;
import org.reclaimtck.spi.kernel.PartType;

/**
 * A filesystem type: models {@code struct file_system_type} and its {@code fill_super} ({@code fs/super.c}). The VFS
 * owns the super block, the inode cache, the superblock shrinker and the page cache; it calls the type's
 * super and address-space operations, tracing each call as an entry into the filesystem.
 */
public interface FileSystemType extends PartType {
    /** {@code mount}: fills the super block of {@code ctx.superBlock()} on {@code ctx.device()}; returns its ops. */
    SuperOperations fillSuper(FsContext ctx);
}
