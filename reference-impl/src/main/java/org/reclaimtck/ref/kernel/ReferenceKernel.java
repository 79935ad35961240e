package org.reclaimtck.ref.kernel;

import java.util.Map;
import org.reclaimtck.ref.block.BlockLayerCore;
import org.reclaimtck.ref.block.BlockType;
import org.reclaimtck.ref.filemap.PageCacheCore;
import org.reclaimtck.ref.memcg.Memcontrol;
import org.reclaimtck.ref.memcg.MemcgType;
import org.reclaimtck.ref.mm.AnonMemory;
import org.reclaimtck.ref.mm.PageAlloc;
import org.reclaimtck.ref.mm.PageAllocEntry;
import org.reclaimtck.ref.oom.OomKiller;
import org.reclaimtck.ref.mempool.MempoolService;
import org.reclaimtck.ref.mempool.MempoolType;
import org.reclaimtck.ref.oom.ShowMem;
import org.reclaimtck.ref.oom.OomType;
import org.reclaimtck.ref.rcu.RcuCore;
import org.reclaimtck.ref.rcu.RcuType;
import org.reclaimtck.ref.runtime.Sim;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.runtime.TaskThreads;
import org.reclaimtck.ref.runtime.GfpPolicyType;
import org.reclaimtck.ref.shrinker.ShrinkerList;
import org.reclaimtck.ref.swap.Swap;
import org.reclaimtck.ref.vfs.VfsCore;
import org.reclaimtck.ref.vmscan.ProactiveReclaim;
import org.reclaimtck.ref.vmscan.Vmscan;
import org.reclaimtck.ref.vmscan.VmscanType;
import org.reclaimtck.ref.writeback.Writeback;
import org.reclaimtck.ref.writeback.WritebackType;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.Storage;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.part.PageAllocatorType;
import org.reclaimtck.spi.reclaim.Reclaim;
import org.reclaimtck.spi.reclaim.ShrinkerRegistry;

/**
 * The booted reference kernel: models {@code init/main.c}'s assembly of the system: the deterministic runtime, the
 * page allocator (the reference's or a registered {@code PageAllocatorType}) behind the kernel's traced entry, the
 * tasks' anonymous memory and the OOM killer (part type {@code oom}, for the reference's allocator), memory cgroups
 * (part type {@code memcg}), shrinkers,
 * reclaim (the {@code vmscan} variant selected) with kswapd and proactive reclaim, writeback (the {@code writeback}
 * variant), the block layer, swap, page cache and VFS, the scoped-gfp policy (part type {@code gfp-policy}), and
 * the machine's stack built from registered part types.
 */
public final class ReferenceKernel implements Kernel {
    /** Pages of an "ample" machine when the spec names none: 1 GiB of 4 KiB pages. */
    static final long AMPLE_PAGES = 262_144;
    /** THREAD_SIZE_ORDER on x86-64: a kernel stack is 4 pages. */
    static final int THREAD_SIZE_ORDER = 2;

    private final Sim sim;
    private final SimRuntime runtime;
    private final PageAllocEntry pages;
    private final ShrinkerList shrinkers;
    private final ReferenceStorage storage;
    private final ProactiveReclaim reclaim;
    private final AnonMemory anon;
    private final MempoolService mempools;
    private final RcuCore rcu;
    private final Memcontrol memcg;

    ReferenceKernel(MachineSpec spec, TaskThreads threads, PartRegistry discovered) {
        PartRegistry parts = discovered.withAll(spec.partTypes(), "MachineSpec.Builder.register");
        parts.validate(spec.variants());
        this.sim = new Sim(spec, threads);
        this.runtime = new SimRuntime(sim);
        runtime.setGfpContext(GfpPolicyType.policy(parts.variantFor(GfpPolicyType.NAME, spec.variants())));
        long managed = spec.memoryPages() > 0 ? spec.memoryPages() : AMPLE_PAGES;
        PageAlloc builtin = null;
        KernelAllocatorContext userAllocator = null;
        PageAllocator allocator;
        if (spec.pageAllocator().isEmpty() || spec.pageAllocator().equals(PageAlloc.TYPE)) {
            builtin = new PageAlloc(runtime, managed);
            allocator = builtin;
        } else {
            userAllocator = new KernelAllocatorContext(runtime, managed);
            allocator = parts.require(spec.pageAllocator(), PageAllocatorType.class, "the page allocator")
                    .create(userAllocator);
        }
        this.pages = new PageAllocEntry(runtime, allocator);
        this.mempools = new MempoolService(runtime, pages, parts.variantFor(MempoolType.NAME, spec.variants()));
        runtime.setWorkerCreation(this::workerCanBeCreated);
        this.shrinkers = new ShrinkerList(runtime);
        this.rcu = new RcuCore(runtime, pages, shrinkers, parts.variantFor(RcuType.NAME, spec.variants()));
        if (VmscanType.SHRINK_SLAB_IN_RCU_SECTION.equals(parts.variantFor(VmscanType.NAME, spec.variants()))) {
            shrinkers.callShrinkersInsideRcuReadSection(rcu);
        }
        FlusherHook flushers = new FlusherHook();
        Vmscan vmscan = new Vmscan(runtime, pages, shrinkers, parts.variantFor(VmscanType.NAME, spec.variants()),
                flushers);
        Writeback writeback = new Writeback(runtime, pages, vmscan.pgdat(),
                parts.variantFor(WritebackType.NAME, spec.variants()));
        flushers.bind(writeback);
        this.anon = new AnonMemory(runtime, pages);
        BlockLayerCore block = new BlockLayerCore(runtime, mempools,
                parts.variantFor(BlockType.NAME, spec.variants()));
        Swap swap = new Swap(runtime, pages, vmscan.pgdat(), block);
        OomKiller oomKiller = new OomKiller(runtime, anon, pages, vmscan::reclaimablePages, new ShowMem() {
            @Override
            public long anonPages() {
                return vmscan.pgdat().anonPages();
            }

            @Override
            public long filePages() {
                return vmscan.pgdat().filePages();
            }

            @Override
            public long freeSwapPages() {
                return swap.nrFreeSwapPages();
            }
        }, parts.variantFor(OomType.NAME, spec.variants()));
        if (builtin != null) {
            builtin.setReclaimer(vmscan);
            builtin.setOutOfMemory((gfp, order) -> {
                vmscan.pgdat().stat().traceVmstat(runtime);
                return oomKiller.outOfMemory(gfp, order);
            }, anon);
        } else {
            userAllocator.bind(vmscan);
        }
        this.memcg = new Memcontrol(runtime, vmscan, oomKiller, anon,
                parts.variantFor(MemcgType.NAME, spec.variants()));
        pages.setMemcg(memcg);
        anon.bindMemcg(memcg);
        vmscan.bindMemcg(memcg);
        vmscan.kswapd().start();
        this.reclaim = new ProactiveReclaim(runtime, vmscan);
        anon.bindSwap(swap);
        swap.bindMemcg(memcg);
        vmscan.bindSwap(swap);
        PageCacheCore pageCache = new PageCacheCore(runtime, pages, vmscan.pgdat());
        pageCache.bindBioAddFolio(block::bioAddFolio);
        pageCache.bindMemcg(memcg);
        VfsCore vfs = new VfsCore(runtime, pages, pageCache, writeback);
        Services services = new Services(runtime, pages, mempools, rcu, shrinkers, block, pageCache, vfs);
        Map<String, Object> modules = new StackAssembly(spec, runtime, parts, services, block, vfs, shrinkers, swap)
                .build(spec.stack().parts());
        this.storage = new ReferenceStorage(spec.stack(), block, vfs, modules);
    }

    @Override
    public MachineSpec spec() {
        return sim.spec();
    }

    /**
     * {@code create_worker}: kthreadd allocates the worker's task_struct and its THREAD_SIZE stack (order 2) with
     * GFP_KERNEL. The model asks whether that order-2 request would pass the min watermark without reclaim; a miss
     * stands for a creation that does not finish within the mayday timeout (K-WQ-2, docs/model.md).
     */
    private boolean workerCanBeCreated() {
        return pages.nrFreePages() - ((1L << THREAD_SIZE_ORDER) - 1) > pages.watermarks().min();
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
    public MempoolService mempools() {
        return mempools;
    }

    @Override
    public RcuCore rcu() {
        return rcu;
    }

    @Override
    public AnonMemory mm() {
        return anon;
    }

    @Override
    public Memcontrol memcg() {
        return memcg;
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
