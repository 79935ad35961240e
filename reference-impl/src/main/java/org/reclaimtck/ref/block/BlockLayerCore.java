package org.reclaimtck.ref.block;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The block layer of one kernel: models {@code block/bio.c} and {@code block/blk-core.c}: bio allocation with ids in
 * submission order, {@code submit_bio} into the device's driver and {@code bio_endio}, each traced here at the
 * boundary ({@code block_bio_queue}, {@code block_bio_complete} with the task that ran it), so a driver is judged on
 * what the block layer saw. A bio ends once; a second {@code bio_endio} is the driver's bug and throws. A device takes
 * at most {@value #NR_REQUESTS} bios at a time ({@code nr_requests}); {@code submit_bio} past that sleeps for a tag
 * ({@code blk_mq_get_tag}, a traced wait) until a batch of {@value #TAG_WAKE_BATCH} has completed.
 */
public final class BlockLayerCore implements BlockLayer {
    private final SimRuntime rt;
    private final Map<String, Gendisk> devices = new LinkedHashMap<>();
    private long nextBio = 1;
    /** {@code nr_requests}: bios a device takes before a submitter sleeps for a tag. */
    static final int NR_REQUESTS = 1024;
    /** Completions that wake the tag sleepers (the model's {@code sbitmap} wake batch). */
    static final int TAG_WAKE_BATCH = NR_REQUESTS / 2;

    public BlockLayerCore(SimRuntime rt) {
        this.rt = rt;
    }

    /** {@code alloc_disk}: a device named {@code name} on {@code lower}, whose driver is set once probed. */
    public Gendisk addDisk(String name, List<Gendisk> lower) {
        Gendisk d = new Gendisk(name, this, lower);
        if (devices.putIfAbsent(name, d) != null) {
            throw new IllegalArgumentException("block device " + name + " exists");
        }
        return d;
    }

    @Override
    public Gendisk device(String name) {
        Gendisk d = devices.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no block device '" + name + "' (have " + devices.keySet() + ")");
        }
        return d;
    }

    @Override
    public Bio bioAlloc(BlockDevice device, BioOp op, long sector) {
        Gendisk disk = disk(device);
        long id = nextBio++;
        Completion done = rt.completion("#" + id + " " + op + " sector " + sector + " on "
                + disk.name(), "bio:" + disk.name());
        done.wokenBy(disk::completers);
        return new KernelBio(id, disk, op, sector, done);
    }

    @Override
    public void submitBio(Bio bio) {
        KernelBio b = own(bio);
        Gendisk d = b.disk();
        if (d.inFlight >= NR_REQUESTS) {
            d.tagWait(rt).waitEvent(() -> d.inFlight <= NR_REQUESTS - TAG_WAKE_BATCH);
        }
        d.inFlight++;
        rt.trace(new TraceEvent.BioSubmitted(rt.clock().nanos(), rt.contextComm(), b.id, d.name(),
                b.op().name(), b.sector()));
        for (KernelFolio f : b.folios) {
            // folio_wait_writeback now waits for this bio: its completers will end the writeback
            f.writebackBio(b.done.name(), b.done.lockClass(), d::completers);
        }
        d.ops().submitBio(b);
    }

    /** {@code bio_add_folio} of a folio under writeback: {@code folio_wait_writeback} will name this bio. */
    public void bioAddFolio(Bio bio, KernelFolio folio) {
        own(bio).folios.add(folio);
    }

    @Override
    public int submitBioWait(Bio bio) {
        submitBio(bio);
        KernelBio b = own(bio);
        b.done.waitForCompletionIo();
        return b.status();
    }

    @Override
    public void bioEndio(Bio bio, int status) {
        KernelBio b = own(bio);
        if (!b.end(status)) {
            throw new IllegalStateException("bio_endio of " + b + " a second time (by " + rt.contextComm() + ")");
        }
        rt.trace(new TraceEvent.BioCompleted(rt.clock().nanos(), rt.contextComm(), b.id, b.disk().name(), status));
        Gendisk d = b.disk();
        if (--d.inFlight == NR_REQUESTS - TAG_WAKE_BATCH && d.tagWaiters() > 0) {
            d.tagWait(rt).wakeUpAll();
        }
        if (b.endIo() != null) {
            b.endIo().endIo(b);
        }
        b.done.complete();
    }

    private Gendisk disk(BlockDevice device) {
        if (device instanceof Gendisk && devices.get(device.name()) == device) {
            return (Gendisk) device;
        }
        throw new IllegalArgumentException("bio for " + device.name() + ", which is not a device of this kernel");
    }

    private static KernelBio own(Bio bio) {
        if (!(bio instanceof KernelBio)) {
            throw new IllegalArgumentException("not a bio of this block layer: " + bio + " (allocate with bioAlloc)");
        }
        return (KernelBio) bio;
    }
}
