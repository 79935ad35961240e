package org.reclaimtck.realkernel;

import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.workloads.StorageStacks;
import org.reclaimtck.tck.workloads.StorageTasks;

/**
 * The real-kernel harness's workload shape on the reference model ({@link ReferenceKernelProvider}): disk
 * {@code vda} -> filesystem {@code L} -> file {@code L:/loop.img} -> {@code loop0} -> dm-linear {@code dm-0} ->
 * filesystem {@code A} on the small machine of the TCK's storage cases ({@link StorageStacks#SMALL_MEMORY_PAGES}),
 * with the TCK's tasks: {@code find} caches unused inodes on A (the many small files), {@code memhog} holds memory
 * down to a few pages over the min watermark, two {@code dd} writers write more than memory through A's page cache
 * (the model writes back at once, as {@code conv=fsync} ends), {@code cat} reads one back, and a last task faults in
 * four times the machine's memory as anonymous pages until the OOM killer ends it (the OOM phase, as the harness's
 * own allocator was killed in run 11).
 */
public final class ModelRun {
    /** Blocks each writer writes: one and a half times the machine's memory, as 320 MB is to 256 MiB. */
    static final int DD_BLOCKS = (int) (StorageStacks.SMALL_MEMORY_PAGES * 3 / 2);
    static final int FILES = 256;

    private ModelRun() {
    }

    static StackSpec stack() {
        return StackSpec.builder()
                .disk("vda", 1 << 22, 32, 100)
                .mkfs("L", "vda", StorageStacks.LOG_UNITS, 512)
                .file("L", "/loop.img", 1 << 14)
                .losetup("loop0", "L", "/loop.img")
                .dmLinear("dm-0", "loop0")
                .mkfs("A", "dm-0", StorageStacks.LOG_UNITS, 4096)
                .build();
    }

    /** Runs the workload once with {@code seed}, at the cross-check's size. */
    public static RunResult run(long seed) {
        return run(seed, DD_BLOCKS, FILES);
    }

    /** Runs the workload with {@code ddBlocks} per writer and {@code files} cached inodes (smaller in tests). */
    public static RunResult run(long seed, int ddBlocks, int files) {
        // xfs:inline-evict: the model's eviction before inodegc (a transaction per evicted inode), which the figures of
        // docs/real-kernel.md were measured with; the default defers inactivation to inodegc and takes none for these
        // clean inodes, so the loop worker's NOIO reclaim no longer reaches super_cache_scan in this short run
        MachineSpec spec = MachineSpec.builder().seed(seed).memoryPages(StorageStacks.SMALL_MEMORY_PAGES)
                .stack(stack()).stepBudget(50_000_000).variant("xfs", "inline-evict").build();
        Kernel k = new ReferenceKernelProvider().boot(spec);
        KernelRuntime rt = k.runtime();
        Completion filesDone = rt.completion("files done");
        Completion full = rt.completion("memory full");
        StorageTasks.cacheInodes(k, files, filesDone);
        StorageTasks.hog(k, filesDone, full, 16, 40);
        SuperBlock a = k.storage().superBlock("A");
        Completion w1 = rt.completion("dd w1 done");
        Completion w2 = rt.completion("dd w2 done");
        writer(k, "dd-1", a, "/w1", full, w1, ddBlocks); // distinct comms: the TCK models tasks by comm
        writer(k, "dd-2", a, "/w2", full, w2, ddBlocks);
        k.spawn("cat", () -> {
            w1.waitForCompletion();
            w2.waitForCompletion();
            a.readFile("/w1", 0, ddBlocks);
        });
        k.spawn("oom", () -> {
            w1.waitForCompletion();
            w2.waitForCompletion();
            rt.msleep(50);
            k.mm().faultInAnon(4 * StorageStacks.SMALL_MEMORY_PAGES);
        });
        return k.run();
    }

    private static void writer(Kernel k, String comm, SuperBlock a, String path, Completion start, Completion done,
                               int blocks) {
        k.spawn(comm, () -> {
            start.waitForCompletion();
            for (int b = 0; b < blocks; b += 64) {
                a.writeFile(path, b, 64);
            }
            done.completeAll();
        });
    }
}
