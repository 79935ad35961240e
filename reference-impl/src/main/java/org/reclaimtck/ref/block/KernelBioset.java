package org.reclaimtck.ref.block;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.reclaimtck.ref.mempool.PagePool;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.block.BiosetFlag;
import org.reclaimtck.spi.block.Bioset;
import org.reclaimtck.spi.runtime.Work;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;
import org.reclaimtck.spi.task.Task;

/**
 * A bio set: models {@code struct bio_set}, {@code bioset_init}, {@code punt_bios_to_rescuer} and {@code
 * bio_alloc_rescue} of {@code block/bio.c} (K-BIO-2, K-BIO-4). Its bios are elements of a page mempool of order 0 (the
 * model's {@code bio} slab with its inline vecs); with a rescuer, bios punted to it are submitted by a worker of its
 * {@code WQ_MEM_RECLAIM} workqueue.
 */
final class KernelBioset implements Bioset {
    private final SimRuntime rt;
    private final String name;
    private final int poolSize;
    private final Set<BiosetFlag> flags;
    private final PagePool pool;
    private final Workqueue rescueWorkqueue;
    private final Work rescueWork;
    private final ArrayDeque<KernelBio> rescueList = new ArrayDeque<>();

    /**
     * {@code bioset_init}; {@code rescuers} false is the {@code block:bioset-no-rescuer} variant, which makes no
     * rescuer whatever the flags say. {@code submit} is {@code submit_bio_noacct}, which the rescuer calls.
     */
    KernelBioset(SimRuntime rt, PagePool pool, int poolSize, Set<BiosetFlag> flags, boolean rescuers,
                 Consumer<KernelBio> submit) {
        this.rt = rt;
        this.name = pool.name();
        this.poolSize = poolSize;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(BiosetFlag.class) : EnumSet.copyOf(flags);
        this.pool = pool;
        if (rescuers && this.flags.contains(BiosetFlag.BIOSET_NEED_RESCUER)) {
            this.rescueWorkqueue = rt.allocWorkqueue("bioset:" + name, EnumSet.of(WqFlag.WQ_MEM_RECLAIM), 0);
            this.rescueWork = rt.initWork("bio_alloc_rescue " + name, () -> {
                for (KernelBio b = rescueList.poll(); b != null; b = rescueList.poll()) {
                    submit.accept(b);
                }
            });
        } else {
            this.rescueWorkqueue = null;
            this.rescueWork = null;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int poolSize() {
        return poolSize;
    }

    @Override
    public Set<BiosetFlag> flags() {
        return Collections.unmodifiableSet(flags);
    }

    /** {@code bs->rescue_workqueue != NULL}. */
    boolean hasRescuer() {
        return rescueWorkqueue != null;
    }

    PagePool pool() {
        return pool;
    }

    /** {@code punt_bios_to_rescuer}: this set's bios leave {@code list} for the rescuer, which is kicked. */
    void punt(BioList list) {
        int before = rescueList.size();
        list.puntTo(this);
        if (rescueList.size() > before) {
            rescueWorkqueue.queueWork(rescueWork);
        }
    }

    /** One bio onto the rescue list: its element can now be given back by the rescuer's workers. */
    void rescue(KernelBio bio) {
        rescueList.add(bio);
        pool.handOff(bio.element, this::rescuers, false);
    }

    private List<? extends Task> rescuers() {
        return rt.workqueueTasks(rescueWorkqueue);
    }

    @Override
    public String toString() {
        return name;
    }
}
