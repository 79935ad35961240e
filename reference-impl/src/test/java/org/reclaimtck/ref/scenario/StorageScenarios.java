package org.reclaimtck.ref.scenario;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BufioClient;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.stack.StackSpec;

/** The seed threads' storage stack and workloads, written against the SPI only. */
final class StorageScenarios {
    static final long SMALL_MEMORY = 1024;

    private StorageScenarios() {
    }

    /** disk vda -> fs A -> A:/loop.img -> loop0 -> dm-0 (linear) -> dm-bufio client bufio0. */
    static StackSpec loopStack(int logUnits) {
        return StackSpec.builder()
                .disk("vda", 1 << 20, 32, 100)
                .mkfs("A", "vda", logUnits, 512)
                .file("A", "/loop.img", 4096)
                .losetup("loop0", "A", "/loop.img")
                .dmLinear("dm-0", "loop0")
                .dmBufio("bufio0", "dm-0", 512)
                .build();
    }

    static MachineSpec.Builder machine(long seed, boolean pressure) {
        return MachineSpec.builder().seed(seed).memoryPages(pressure ? SMALL_MEMORY : 0).stack(loopStack(16));
    }

    /** Fills dm-bufio with clean and dirty buffers, as a dm-thin metadata user would. */
    static void dirtyBufio(Kernel k, int clean, int dirty, Completion done) {
        BufioClient c = k.storage().bufioClient("bufio0");
        k.spawn("dmsetup", () -> {
            for (int i = 0; i < clean; i++) {
                c.release(c.read(i));
            }
            for (int i = 0; i < dirty; i++) {
                BufioClient.Buffer b = c.newBuffer(clean + i);
                c.markBufferDirty(b);
                c.release(b);
            }
            done.completeAll();
        });
    }

    /** Takes memory until only {@code above} pages over the min watermark are left, and keeps taking. */
    static void hog(Kernel k, Completion start, Completion full, long above, int rounds) {
        PageAllocator pa = k.pageAllocator();
        KernelRuntime rt = k.runtime();
        k.spawn("memhog", () -> {
            start.waitForCompletion();
            List<Long> held = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                while (pa.nrFreePages() > pa.watermarks().min() + above) {
                    held.add(pa.allocPages(Gfp.GFP_KERNEL.or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOWARN), 0));
                }
                if (r == 0) {
                    full.completeAll();
                }
                rt.msleep(1);
            }
            for (long p : held) {
                if (p > 0) {
                    pa.freePages(p, 0);
                }
            }
        });
    }

    /** Page cache on A that any reclaim may drop. */
    static void pageCache(Kernel k, int blocks, Completion done) {
        SuperBlock a = k.storage().superBlock("A");
        k.spawn("cat", () -> {
            a.readFile("/data", 0, blocks);
            done.completeAll();
        });
    }

    /** S1: a task in a transaction on A allocates with GFP_NOFS under pressure. */
    static void transactionAllocatesNofs(Kernel k, Completion start, int logUnits, int allocs) {
        SuperBlock a = k.storage().superBlock("A");
        PageAllocator pa = k.pageAllocator();
        k.spawn("xfs_io", () -> {
            start.waitForCompletion();
            List<Long> got = new ArrayList<>();
            try (Transaction t = a.transStart("xfs_create", logUnits)) {
                for (int i = 0; i < allocs; i++) {
                    got.add(pa.allocPages(Gfp.GFP_NOFS, 0));
                }
            }
            for (long p : got) {
                if (p > 0) {
                    pa.freePages(p, 0);
                }
            }
        });
    }

    /** S2: I/O through loop0 while memory is short. */
    static void loopIo(Kernel k, Completion start, int bios) {
        k.spawn("dd", () -> {
            start.waitForCompletion();
            for (int i = 0; i < bios; i++) {
                k.storage().blockDevice("loop0").submitBioWait(BioOp.WRITE, 2000 + i);
            }
        });
    }
}
