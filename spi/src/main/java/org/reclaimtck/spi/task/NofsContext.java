package org.reclaimtck.spi.task;

import java.util.Objects;

/**
 * The reclaim context a filesystem hands to {@code memalloc_nofs_save} in the per-superblock NOFS proposal (Dave
 * Chinner, 2020, not in any kernel): the superblock the scope protects and its nesting depth
 * ({@code SuperBlock.stackDepth()}, layers of filesystems below it through loop devices). Reclaim under such a scope
 * treats a superblock at another depth as NOFS, another superblock at the same depth as GFP_KERNEL, and asks the
 * filesystem about its own.
 *
 * @param superBlock the superblock's label, e.g. {@code A}
 * @param depth      its nesting depth, 0 on a disk
 */
public record NofsContext(String superBlock, int depth) {
    public NofsContext {
        Objects.requireNonNull(superBlock, "superBlock");
        if (depth < 0) {
            throw new IllegalArgumentException("nesting depth " + depth);
        }
    }

    @Override
    public String toString() {
        return "sb=" + superBlock + " depth=" + depth;
    }
}
