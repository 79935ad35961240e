package org.reclaimtck.ref.block;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BioEndIo;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;

/**
 * A bio as the block layer owns it: models {@code struct bio} of {@code include/linux/blk_types.h} with the
 * completion {@code submit_bio_wait} sleeps on, an I/O wait of lock class {@code bio:<device>} whose wakers are the
 * tasks that complete the device's bios.
 */
final class KernelBio implements Bio {
    final long id;
    private final BioOp op;
    private final Gendisk device;
    private final long sector;
    final Completion done;
    private BioEndIo endIo;
    private Object privateData;
    private int status;
    private boolean ended;
    /** {@code bio_add_folio}: the folios whose data this bio carries. */
    final List<KernelFolio> folios = new ArrayList<>(1);

    KernelBio(long id, Gendisk device, BioOp op, long sector, Completion done) {
        this.id = id;
        this.device = device;
        this.op = op;
        this.sector = sector;
        this.done = done;
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

    /** Marks the bio ended; false if it already was. */
    boolean end(int err) {
        if (ended) {
            return false;
        }
        ended = true;
        status = err;
        return true;
    }

    BioEndIo endIo() {
        return endIo;
    }

    @Override
    public String toString() {
        return "bio #" + id + " " + op + " sector " + sector + " on " + device.name();
    }
}
