package org.reclaimtck.spi.part;

import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.Journal;
import org.reclaimtck.spi.fs.SuperBlock;

/** What a filesystem is mounted with: its device, the VFS super block, and the journal service. */
public interface FsContext extends PartContext {
    /** {@code sb->s_bdev}. */
    BlockDevice device();

    /** The super block as the rest of the kernel sees it; calls through it are traced as entries into this fs. */
    SuperBlock superBlock();

    /**
     * A log of {@code logUnits} units on this filesystem's device: models {@code jbd2_journal_init_dev} and the log
     * grant heads of {@code fs/xfs/xfs_log.c}, written by the kthread {@code logWriter} ({@code jbd2/<dev>},
     * {@code xfsaild/<label>}). The kernel traces its transactions and log-space waits.
     */
    Journal createJournal(int logUnits, String logWriter);

    /** A journal whose log writer is named as XFS names it, {@code xfsaild/<label>}. */
    default Journal createJournal(int logUnits) {
        return createJournal(logUnits, "xfsaild/" + name());
    }
}
