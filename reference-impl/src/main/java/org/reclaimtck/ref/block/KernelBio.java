package org.reclaimtck.ref.block;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BioEndIo;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.runtime.Completion;

/**
 * A bio as the block layer owns it: models {@code struct bio} of {@code include/linux/blk_types.h} with its range
 * ({@code bi_iter}), its set and mempool element ({@code bi_pool}), its chain count ({@code __bi_remaining}, {@code
 * bio_chain}) and the completion {@code submit_bio_wait} sleeps on, an I/O wait of lock class {@code bio:<device>}
 * whose wakers are the tasks that complete the device's bios.
 */
final class KernelBio implements Bio {
    final long id;
    private final BioOp op;
    private final Gendisk device;
    long sector;
    int sectors;
    final Completion done;
    private BioEndIo endIo;
    private Object privateData;
    private int status;
    private boolean ended;
    /** {@code bio_add_folio}: the folios whose data this bio carries. */
    final List<KernelFolio> folios = new ArrayList<>(1);
    /** {@code bi_pool} and the mempool element this bio is ({@code -1} for a bio of {@code bio_alloc}). */
    final KernelBioset bioset;
    final long element;
    /** {@code __bi_remaining}: 1, plus one per bio chained to this one that has not ended. */
    int remaining = 1;
    /** {@code bio_chain}'s parent: ended when this bio ends. */
    KernelBio chainParent;
    /** {@code BIO_TRACE_COMPLETION}: {@code block_bio_queue} was traced. */
    boolean traced;
    /** The device whose driver has it now (a request tag in use), or null. */
    Gendisk dispatchedTo;

    KernelBio(long id, Gendisk device, BioOp op, long sector, int sectors, Completion done, KernelBioset bioset,
              long element) {
        this.id = id;
        this.device = device;
        this.op = op;
        this.sector = sector;
        this.sectors = sectors;
        this.done = done;
        this.bioset = bioset;
        this.element = element;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public BioOp op() {
        return op;
    }

    @Override
    public BlockDevice device() {
        return device;
    }

    Gendisk disk() {
        return device;
    }

    @Override
    public long sector() {
        return sector;
    }

    @Override
    public int sectors() {
        return sectors;
    }

    @Override
    public KernelBioset bioset() {
        return bioset;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public void setEndIo(BioEndIo endIo) {
        this.endIo = endIo;
    }

    @Override
    public void setPrivate(Object data) {
        this.privateData = data;
    }

    @Override
    public Object getPrivate() {
        return privateData;
    }

    /** {@code bio_remaining_done}: records the first error; false while chained bios remain, else ends the bio. */
    boolean end(int err) {
        if (err != 0 && status == 0) {
            status = err;
        }
        if (remaining > 1) {
            remaining--;
            return false;
        }
        ended = true;
        return true;
    }

    BioEndIo endIo() {
        return endIo;
    }

    @Override
    public String toString() {
        return "bio #" + id + " " + op + " sector " + sector + (sectors == 1 ? "" : "+" + sectors) + " on "
                + device.name();
    }
}
