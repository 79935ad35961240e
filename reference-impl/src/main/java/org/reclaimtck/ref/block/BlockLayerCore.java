package org.reclaimtck.ref.block;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaimtck.ref.mempool.MempoolService;
import org.reclaimtck.ref.mm.KernelFolio;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.SimTask;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BiosetFlag;
import org.reclaimtck.spi.block.Bioset;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The block layer of one kernel: models {@code block/bio.c} and {@code block/blk-core.c}: bios with ids in allocation
 * order, from bio sets ({@code bio_alloc_bioset}, {@code bio_split}, K-BIO-2..4) or from no pool ({@code bio_alloc}),
 * {@code submit_bio_noacct} with {@code current->bio_list} (K-BIO-1) and {@code bio_endio}, each traced here at the
 * boundary ({@code block_bio_queue}, {@code block_bio_complete} with the task that ran it), so a driver is judged on
 * what the block layer saw. A bio ends once; a second {@code bio_endio} is the driver's bug and throws. A device takes
 * at most {@value #NR_REQUESTS} bios at a time ({@code nr_requests}); passing it one more sleeps for a tag
 * ({@code blk_mq_get_tag}, a traced wait) until a batch of {@value #TAG_WAKE_BATCH} has completed.
 *
 * <p>A bio's mempool element is held by the task that allocated it until it submits it; a bio it submits from inside a
 * {@code ->submit_bio} waits on its {@code current->bio_list} and stays held by it if its set has no rescuer (nobody
 * else can pass it on); once passed to a driver it belongs to the device until {@code bio_endio} frees it to the pool.
 */
public final class BlockLayerCore implements BlockLayer {
    private final SimRuntime rt;
    private final MempoolService mempools;
    private final boolean rescuers;
    private final boolean reserves;
    private final Map<String, Gendisk> devices = new LinkedHashMap<>();
    private final Map<String, KernelBioset> biosets = new LinkedHashMap<>();
    /** {@code current->bio_list} of the tasks inside {@code __submit_bio_noacct}. */
    private final Map<SimTask, BioList> bioLists = new HashMap<>();
    private final KernelBioset dioPool;
    private long nextBio = 1;
    /** {@code nr_requests}: bios a device takes before a submitter sleeps for a tag. */
    static final int NR_REQUESTS = 1024;
    /** Completions that wake the tag sleepers (the model's {@code sbitmap} wake batch). */
    static final int TAG_WAKE_BATCH = NR_REQUESTS / 2;
    /** {@code blkdev_dio_pool}'s size in {@code block/fops.c}. */
    static final int DIO_POOL_SIZE = 4;

    /** {@code variant} is one of {@link BlockType}'s. */
    public BlockLayerCore(SimRuntime rt, MempoolService mempools, String variant) {
        this.rt = rt;
        this.mempools = mempools;
        this.rescuers = !BlockType.BIOSET_NO_RESCUER.equals(variant);
        this.reserves = !BlockType.BIOSET_NO_RESERVE.equals(variant);
        this.dioPool = biosetInit("blkdev_dio_pool", DIO_POOL_SIZE, Set.of());
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
    public KernelBioset biosetInit(String name, int poolSize, Set<BiosetFlag> flags) {
        if (poolSize < 0) {
            throw new IllegalArgumentException("bioset_init(" + name + "): pool_size " + poolSize + " < 0");
        }
        if (name == null || biosets.containsKey(name)) {
            throw new IllegalArgumentException("bioset_init: a bio set needs a name not in use (" + name + ")");
        }
        int minNr = reserves ? poolSize : 0;
        KernelBioset bs = new KernelBioset(rt, mempools.create(name, minNr, 0), minNr, flags, rescuers,
                this::submitBio);
        biosets.put(name, bs);
        return bs;
    }

    /** {@code blkdev_dio_pool}: the bio set of direct I/O to a block device ({@code block/fops.c}). */
    KernelBioset dioPool() {
        return dioPool;
    }

    @Override
    public Bio bioAlloc(BlockDevice device, BioOp op, long sector) {
        Gendisk disk = disk(device);
        return newBio(nextBio++, disk, op, sector, 1, null, -1);
    }

    /** K-BIO-2: with bios on current->bio_list and a rescuer, no direct reclaim first; then punt and retry. */
    @Override
    public Bio bioAllocBioset(BlockDevice device, BioOp op, long sector, int sectors, Gfp gfp, Bioset bs) {
        if (sectors <= 0) {
            throw new IllegalArgumentException("bio_alloc_bioset: " + sectors + " sectors");
        }
        Gendisk disk = disk(device);
        KernelBioset set = own(bs);
        BioList list = rt.inTask() ? bioLists.get(rt.current()) : null;
        Gfp mask = gfp;
        if (list != null && !list.isEmpty() && set.hasRescuer()) {
            mask = gfp.andNot(Gfp.__GFP_DIRECT_RECLAIM);
        }
        set.pool().fillPending(gfp.or(Gfp.__GFP_NOMEMALLOC).or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOWARN));
        long id = nextBio++;
        String what = "bio #" + id + " on " + disk.name();
        long element = set.pool().alloc(mask, what);
        if (element < 0 && !mask.equals(gfp)) {
            set.punt(list);
            element = set.pool().alloc(gfp, what);
        }
        if (element < 0) {
            return null;
        }
        return newBio(id, disk, op, sector, sectors, set, element);
    }

    @Override
    public Bio bioSplit(Bio bio, int sectors, Gfp gfp, Bioset bs) {
        KernelBio parent = own(bio);
        if (sectors <= 0 || sectors >= parent.sectors) {
            throw new IllegalArgumentException("bio_split(" + parent + ", " + sectors + "): must split off between 1"
                    + " and " + (parent.sectors - 1) + " sectors");
        }
        KernelBio split = (KernelBio) bioAllocBioset(parent.disk(), parent.op(), parent.sector, sectors, gfp, bs);
        if (split == null) {
            return null;
        }
        parent.sector += sectors;
        parent.sectors -= sectors;
        split.chainParent = parent;
        parent.remaining++;
        return split;
    }

    private KernelBio newBio(long id, Gendisk disk, BioOp op, long sector, int sectors, KernelBioset set,
                             long element) {
        Completion done = rt.completion("#" + id + " " + op + " sector " + sector + " on " + disk.name(),
                "bio:" + disk.name());
        done.wokenBy(disk::completers);
        return new KernelBio(id, disk, op, sector, sectors, done, set, element);
    }

    /** K-BIO-1: inside a {@code ->submit_bio} the bio waits on current->bio_list; else it is passed on now. */
    @Override
    public void submitBio(Bio bio) {
        KernelBio b = own(bio);
        if (!b.traced) {
            b.traced = true;
            rt.trace(new TraceEvent.BioSubmitted(rt.clock().nanos(), rt.contextComm(), b.id, b.disk().name(),
                    b.op().name(), b.sector()));
        }
        if (!rt.inTask()) {
            dispatch(b);
            return;
        }
        SimTask me = rt.current();
        BioList list = bioLists.get(me);
        if (list != null) {
            list.add(b);
            if (b.bioset != null) {
                b.bioset.pool().handOff(b.element, () -> List.of(me), !b.bioset.hasRescuer());
            }
            return;
        }
        list = new BioList();
        bioLists.put(me, list);
        try {
            for (KernelBio next = b; next != null; next = list.pop()) {
                list.enterSubmit();
                dispatch(next);
                list.sortAfter(next.disk());
            }
        } finally {
            bioLists.remove(me);
        }
    }

    /** {@code __submit_bio}: a request tag, the element to the device, then the driver's {@code ->submit_bio}. */
    private void dispatch(KernelBio b) {
        Gendisk d = b.disk();
        if (b.bioset != null) {
            b.bioset.pool().handOff(b.element, d::completers, false);
        }
        if (b.dispatchedTo != null) {
            putTag(b.dispatchedTo);
        }
        if (d.inFlight >= NR_REQUESTS) {
            d.tagWait(rt).waitEvent(() -> d.inFlight <= NR_REQUESTS - TAG_WAKE_BATCH);
        }
        d.inFlight++;
        b.dispatchedTo = d;
        for (KernelFolio f : b.folios) {
            // folio_wait_writeback now waits for this bio: its completers will end the writeback
            f.writebackBio(b.done.name(), b.done.lockClass(), d::completers);
        }
        d.ops().submitBio(b);
    }

    private void putTag(Gendisk d) {
        if (--d.inFlight == NR_REQUESTS - TAG_WAKE_BATCH && d.tagWaiters() > 0) {
            d.tagWait(rt).wakeUpAll();
        }
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

    /** {@code bio_endio}: a chained bio's parent ends with its last child; then {@code bio_put} frees the element. */
    @Override
    public void bioEndio(Bio bio, int status) {
        KernelBio b = own(bio);
        if (b.ended()) {
            throw new IllegalStateException("bio_endio of " + b + " a second time (by " + rt.contextComm() + ")");
        }
        if (!b.end(status)) {
            return;
        }
        rt.trace(new TraceEvent.BioCompleted(rt.clock().nanos(), rt.contextComm(), b.id, b.disk().name(),
                b.status()));
        if (b.dispatchedTo != null) {
            putTag(b.dispatchedTo);
            b.dispatchedTo = null;
        }
        if (b.endIo() != null) {
            b.endIo().endIo(b);
        }
        b.done.complete();
        if (b.bioset != null) {
            b.bioset.pool().free(b.element);
        }
        if (b.chainParent != null) {
            bioEndio(b.chainParent, b.status());
        }
    }

    private Gendisk disk(BlockDevice device) {
        if (device instanceof Gendisk && devices.get(device.name()) == device) {
            return (Gendisk) device;
        }
        throw new IllegalArgumentException("bio for " + device.name() + ", which is not a device of this kernel");
    }

    private KernelBioset own(Bioset bs) {
        if (bs instanceof KernelBioset k && biosets.get(k.name()) == k) {
            return k;
        }
        throw new IllegalArgumentException("bio set " + bs + " is not one of this block layer's (use biosetInit)");
    }

    private static KernelBio own(Bio bio) {
        if (!(bio instanceof KernelBio)) {
            throw new IllegalArgumentException("not a bio of this block layer: " + bio + " (allocate with bioAlloc)");
        }
        return (KernelBio) bio;
    }
}
