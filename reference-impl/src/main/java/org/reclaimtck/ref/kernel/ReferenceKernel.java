package org.reclaimtck.ref.kernel;

import org.reclaimtck.ref.mm.PageAlloc;
import org.reclaimtck.ref.runtime.Sim;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.TaskThreads;
import org.reclaimtck.ref.vmscan.FileLru;
import org.reclaimtck.ref.vmscan.ProactiveReclaim;
import org.reclaimtck.ref.vmscan.ShrinkerList;
import org.reclaimtck.ref.vmscan.Vmscan;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.Storage;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.reclaim.Reclaim;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;

/**
 * The booted reference kernel: models {@code init/main.c}'s assembly of the system: the deterministic
 * runtime, the page allocator and reclaim with kswapd and proactive reclaim, and the storage stack of the machine.
 */
public final class ReferenceKernel implements Kernel {
    /** Pages of an "ample" machine when the spec names none: 1 GiB of 4 KiB pages. */
    static final long AMPLE_PAGES = 262_144;

    private final Sim sim;
    private final SimRuntime runtime;
    private final PageAlloc pages;
    private final ShrinkerList shrinkers;
    private final ReferenceStorage storage;
    private final ProactiveReclaim reclaim;

    ReferenceKernel(MachineSpec spec, TaskThreads threads) {
        ReferenceVariants.validate(spec.variants());
        this.sim = new Sim(spec, threads);
        this.runtime = new SimRuntime(sim);
        this.pages = new PageAlloc(runtime, spec.memoryPages() > 0 ? spec.memoryPages() : AMPLE_PAGES);
        this.shrinkers = new ShrinkerList(runtime);
        FileLru lru = new FileLru(pages);
        Vmscan vmscan = new Vmscan(runtime, pages, shrinkers, lru);
        vmscan.kswapd().start();
        this.reclaim = new ProactiveReclaim(runtime, vmscan);
        this.storage = new ReferenceStorage(spec, runtime, pages, shrinkers, lru);
    }

    @Override
    public MachineSpec spec() {
        return sim.spec();
    }

    @Override
    public SimRuntime runtime() {
        return runtime;
    }

    @Override
    public PageAllocator pageAllocator() {
        return pages;
    }

    @Override
    public ShrinkerRegistry shrinkers() {
        return shrinkers;
    }

    @Override
    public Reclaim reclaim() {
        return reclaim;
    }

    @Override
    public Storage storage() {
        return storage;
    }

    @Override
    public RunResult run() {
        return sim.run();
    }

    @Override
    public String describeTasks() {
        return sim.describeTasks();
    }

    @Override
    public void abort(String reason) {
        sim.abort(reason);
    }
}
