package org.reclaimtck.tck.contracts.parts;

import org.reclaimtck.ref.xfs.XfsType;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.fs.AddressSpaceOperations;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.SuperOperations;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.part.FsContext;
import org.reclaimtck.spi.part.FileSystemType;
import org.reclaimtck.spi.reclaim.ShrinkControl;

/**
 * A planted defect: the reference's xfs, except that {@code ->evict_inode} writes the inode's block back and waits
 * for the disk, also when reclaim evicts it. Selected with {@code reclaimtck.parts=filesystem:sync-evict-xfs}.
 */
public final class SyncEvictFsType implements FileSystemType {
    public static final String NAME = "sync-evict-xfs";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SuperOperations fillSuper(FsContext ctx) {
        SuperOperations xfs = new XfsType().fillSuper(ctx);
        return new SuperOperations() {
            @Override
            public AddressSpaceOperations addressSpaceOperations() {
                return xfs.addressSpaceOperations();
            }

            @Override
            public void readInode(Inode inode) {
                xfs.readInode(inode);
            }

            @Override
            public void evictInode(Inode inode) {
                xfs.evictInode(inode);
                ctx.device().submitBioWait(BioOp.WRITE, 8 + inode.ino()); // the defect: I/O wait in eviction
            }

            @Override
            public long nrCachedObjects(ShrinkControl sc) {
                return xfs.nrCachedObjects(sc);
            }

            @Override
            public long freeCachedObjects(ShrinkControl sc) {
                return xfs.freeCachedObjects(sc);
            }

            @Override
            public void syncFs(boolean wait) {
                xfs.syncFs(wait);
            }

            @Override
            public Transaction transStart(String reason, int logUnits) {
                return xfs.transStart(reason, logUnits);
            }
        };
    }
}
