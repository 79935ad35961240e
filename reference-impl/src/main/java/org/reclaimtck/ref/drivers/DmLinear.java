package org.reclaimtck.ref.drivers;

import java.util.EnumSet;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BiosetFlag;
import org.reclaimtck.spi.block.Bioset;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.part.BlockDriverContext;

/**
 * A device-mapper linear target: models {@code drivers/md/dm.c}'s {@code __split_and_process_bio} with
 * {@code drivers/md/dm-linear.c}'s map: each bio is cut into clones of at most {@code max_io_len} sectors (option
 * {@code max-io-sectors}, default 256), each allocated with GFP_NOIO from the device's bio set {@code md->bs(<name>)}
 * ({@code reserved-bios} in reserve, default 16 as {@code RESERVED_BIO_BASED_IOS}) and submitted before the next is
 * allocated; the original ends when its last clone has. The clones wait on the submitter's {@code current->bio_list}
 * until this {@code ->submit_bio} returns, so the set needs {@code BIOSET_NEED_RESCUER} (K-BIO-3). Part type
 * {@code dm-linear}; a dm-linear on a dm-linear nests the splitting.
 */
final class DmLinear implements BlockDeviceOperations {
    private final BlockLayer block;
    private final BlockDevice lower;
    private final Bioset bs;
    private final int maxIoLen;

    DmLinear(BlockDriverContext ctx) {
        if (ctx.lowerDevices().size() != 1) {
            throw new IllegalArgumentException(ctx.name() + ": dm-linear needs exactly one device below, got "
                    + ctx.lowerDevices().size());
        }
        this.block = ctx.kernel().blockLayer();
        this.lower = ctx.lowerDevices().get(0);
        this.maxIoLen = (int) Math.max(1, ctx.longOption("max-io-sectors", 256));
        this.bs = block.biosetInit("md->bs(" + ctx.name() + ")", (int) ctx.longOption("reserved-bios", 16),
                EnumSet.of(BiosetFlag.BIOSET_NEED_RESCUER));
    }

    /** {@code dm_submit_bio}: one clone per {@code max_io_len} piece, remapped to the device below and submitted. */
    @Override
    public void submitBio(Bio bio) {
        int[] pending = {1};
        int[] error = {0};
        long sector = bio.sector();
        for (int left = bio.sectors(); left > 0; ) {
            int len = Math.min(left, maxIoLen);
            Bio clone = block.bioAllocBioset(lower, bio.op(), sector, len, Gfp.GFP_NOIO, bs);
            pending[0]++;
            clone.setEndIo(c -> decPending(bio, pending, error, c.status()));
            block.submitBio(clone);
            sector += len;
            left -= len;
        }
        decPending(bio, pending, error, 0);
    }

    /** {@code dm_io_dec_pending}: the original ends with the first error once every clone has ended. */
    private void decPending(Bio bio, int[] pending, int[] error, int status) {
        if (status != 0 && error[0] == 0) {
            error[0] = status;
        }
        if (--pending[0] == 0) {
            block.bioEndio(bio, error[0]);
        }
    }
}
