package org.reclaimtck.tck.suites.deadlock;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.tck.workloads.StorageTasks;

/**
 * S8 (design/scenarios.md): sustained NOFS pressure from filesystem A while filesystem B holds much reclaimable cache.
 * {@code find} leaves {@value #B_INODES} unused inodes cached on B (a page each, reclaimable only by B's superblock
 * shrinker, K-FS-1) and reads a file of B; {@code memhog} fills memory to a few pages over MIN; then {@code xfs_io}
 * runs {@value #ROUNDS} transactions on A, each in a {@code memalloc_nofail_save} scope (XFS's wish, LSF/MM 2024),
 * allocating {@value #PAGES_PER_ROUND} pages with GFP_KERNEL (NOFS through the transaction's scope) that it holds to the
 * end and an order-2 buffer it frees, and writes a block of A after each; {@code iou-wrk} allocates pages in a
 * {@code memalloc_nowait_save} scope (once starting a transaction on A inside it) and, when that fails, once more with
 * GFP_NOIO outside it (dm-bufio's pattern). The proposals' scopes are no-ops under the policies without them, so every
 * policy runs the same workload; the nested callers are the threads' objection (NOFAIL-2).
 *
 * <p>The stacks: A and B side by side on two disks (nesting depth 0 both), or stacked through loop devices
 * ({@code A on loop on B}: B on the disk, A {@code depth} loop layers above it, intermediate filesystems {@code C1},
 * {@code C2}; {@code B on loop on A}: the other way round).
 */
final class S8Workload {
    static final long MEMORY_PAGES = 1024;
    static final int B_INODES = 256;
    static final int ROUNDS = 6;
    static final int PAGES_PER_ROUND = 16;
    static final int NOWAIT_PAGES = 16;
    /** {@code memhog}'s rounds, a jiffy apart, taking what reclaim gave back. */
    static final int HOG_ROUNDS = 20;
    /** Log units of each filesystem. */
    static final int LOG_UNITS = 16;

    private S8Workload() {
    }

    /** The machine of a case: 4 MiB, and the stack. */
    static void machine(MachineSpec.Builder machine, StackSpec stack) {
        machine.memoryPages(MEMORY_PAGES).hungTaskTimeoutSecs(10).stack(stack);
    }

    /** A and B on disks {@code vda} and {@code vdb}: siblings at nesting depth 0. */
    static StackSpec siblings() {
        return StackSpec.builder()
                .disk("vda", 1 << 20, 32, 100).mkfs("A", "vda", LOG_UNITS, 512)
                .disk("vdb", 1 << 20, 32, 100).mkfs("B", "vdb", LOG_UNITS, 512)
                .build();
    }

    /**
     * {@code top} on loop on ... on {@code bottom}: {@code bottom} on disk {@code vda}, then {@code depth} loop devices,
     * each over a file of the filesystem below; the filesystems between are {@code C1}, {@code C2}.
     */
    static StackSpec stacked(String top, String bottom, int depth) {
        StackSpec.Builder b = StackSpec.builder().disk("vda", 1 << 20, 32, 100).mkfs(bottom, "vda", LOG_UNITS, 512);
        String below = bottom;
        for (int i = 0; i < depth; i++) {
            String fs = i == depth - 1 ? top : "C" + (i + 1);
            String loop = "loop" + i;
            b.file(below, "/loop.img", 4096).losetup(loop, below, "/loop.img").mkfs(fs, loop, LOG_UNITS, 512);
            below = fs;
        }
        return b.build();
    }

    static void spawn(Kernel k) {
        KernelRuntime rt = k.runtime();
        Completion cached = rt.completion("B cached");
        Completion full = rt.completion("memory full");
        SuperBlock b = k.storage().superBlock("B");
        k.spawn("find", () -> {
            for (int i = 0; i < B_INODES; i++) {
                b.iput(b.iget(100 + i));
            }
            b.readFile("/data", 0, 16);
            cached.completeAll();
        });
        StorageTasks.hog(k, cached, full, 8, HOG_ROUNDS);
        nofsWriter(k, full);
        nowaitUser(k, full);
    }

    /** {@code xfs_io}: transactions on A in a NOFAIL scope, GFP_KERNEL allocations held to the end, a write after each. */
    private static void nofsWriter(Kernel k, Completion start) {
        SuperBlock a = k.storage().superBlock("A");
        PageAllocator pa = k.pageAllocator();
        k.spawn("xfs_io", () -> {
            start.waitForCompletion();
            List<Long> held = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                try (MemallocScope nofail = k.runtime().current().memallocNofailSave();
                     Transaction t = a.transStart("xfs_create", 2)) {
                    for (int i = 0; i < PAGES_PER_ROUND; i++) {
                        held.add(pa.allocPages(Gfp.GFP_KERNEL, 0));
                    }
                    // a nested caller the NOFAIL scope cannot see: an order-2 buffer (kmalloc_large)
                    long buffer = pa.allocPages(Gfp.GFP_KERNEL, 2);
                    if (buffer > 0) {
                        pa.freePages(buffer, 2);
                    }
                }
                a.writeFile("/data", r, 1);
            }
            free(pa, held);
        });
    }

    /** {@code iou-wrk}: a page at a time in a NOWAIT scope, falling back to GFP_NOIO outside it. */
    private static void nowaitUser(Kernel k, Completion start) {
        SuperBlock a = k.storage().superBlock("A");
        PageAllocator pa = k.pageAllocator();
        k.spawn("iou-wrk", () -> {
            start.waitForCompletion();
            List<Long> held = new ArrayList<>();
            for (int i = 0; i < NOWAIT_PAGES; i++) {
                long p;
                try (MemallocScope nowait = k.runtime().current().memallocNowaitSave()) {
                    p = pa.allocPages(Gfp.GFP_KERNEL, 0);
                    if (i == 0) {
                        // a nested caller the NOWAIT scope cannot see: a write's transaction on A (xfs_trans_alloc
                        // asks GFP_KERNEL|__GFP_NOFAIL, K-FS-5)
                        a.transStart("io_uring write", 1).close();
                    }
                }
                held.add(p >= 0 ? p : pa.allocPages(Gfp.GFP_NOIO, 0));
            }
            free(pa, held);
        });
    }

    private static void free(PageAllocator pa, List<Long> pages) {
        for (long p : pages) {
            if (p > 0) {
                pa.freePages(p, 0);
            }
        }
    }
}
