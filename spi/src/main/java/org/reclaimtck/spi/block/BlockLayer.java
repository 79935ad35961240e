package org.reclaimtck.spi.block;

import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;

/**
 * The block layer's services: models {@code block/bio.c} and {@code block/blk-core.c}. Every submission and completion
 * is traced here ({@code BioSubmitted}, {@code BioCompleted} with the task that ran {@code bio_endio}), and a wait is a
 * traced I/O wait on the bio.
 */
public interface BlockLayer {
    /** {@code blkdev_get_by_path}: a device of the stack by name. */
    BlockDevice device(String name);

    /** {@code bio_alloc}: a one-sector bio for {@code device} (the model takes its memory from no pool). */
    Bio bioAlloc(BlockDevice device, BioOp op, long sector);

    /**
     * {@code bioset_init(bs, pool_size, 0, flags)}: a bio set whose mempool keeps {@code poolSize} bios in reserve;
     * with {@link BiosetFlag#BIOSET_NEED_RESCUER} also its {@code WQ_MEM_RECLAIM} rescuer workqueue (K-BIO-4).
     *
     * @throws IllegalArgumentException for a blank name, a name in use or a negative pool size
     */
    Bioset biosetInit(String name, int poolSize, Set<BiosetFlag> flags);

    /**
     * {@code bio_alloc_bioset(bdev, nr_vecs, opf, gfp, bs)}: a bio of {@code sectors} sectors at {@code sector} whose
     * memory is an element of {@code bs}'s mempool (K-BIO-2): with bios waiting on {@code current->bio_list} and a
     * rescuer, the first try is made without {@code __GFP_DIRECT_RECLAIM}; if it fails, this set's waiting bios are
     * punted to the rescuer and the allocation is retried with {@code gfp}. A caller that may block always gets a bio,
     * provided it submits each bio before it allocates the next from the same set (K-BIO-3).
     *
     * @return the bio, or {@code null} only for a {@code gfp} without {@code __GFP_DIRECT_RECLAIM}
     */
    Bio bioAllocBioset(BlockDevice device, BioOp op, long sector, int sectors, Gfp gfp, Bioset bs);

    /**
     * {@code bio_split(bio, sectors, gfp, bs)} and {@code bio_chain(split, bio)}: a new bio from {@code bs} for the
     * first {@code sectors} sectors of {@code bio}, which is advanced past them; {@code bio} ends only once the split
     * has ended too (and takes its error).
     *
     * @throws IllegalArgumentException unless {@code 0 < sectors < bio.sectors()}
     */
    Bio bioSplit(Bio bio, int sectors, Gfp gfp, Bioset bs);

    /**
     * {@code submit_bio_noacct}: traces the bio ({@code block_bio_queue}) and passes it to its device's driver. Called
     * from inside a driver's {@code ->submit_bio}, the bio waits on {@code current->bio_list} and is passed on only
     * after that {@code ->submit_bio} returns, lower devices first (K-BIO-1).
     */
    void submitBio(Bio bio);

    /** {@code submit_bio_wait}: submits and sleeps in an I/O wait until it ends; returns its status. */
    int submitBioWait(Bio bio);

    /** {@code bio_endio}: records the status, traces the completion, runs {@code bi_end_io}, wakes the waiter. */
    void bioEndio(Bio bio, int status);
}
