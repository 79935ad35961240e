package org.reclaimtck.tck.workloads;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BufioClient;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;

/** The tasks the storage scenarios are made of, each a small user-space program in kernel terms. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StorageTasks {
    private StorageTasks() {
    }

    /** {@code dmsetup}-like user of bufio0: reads {@code clean} blocks, dirties {@code dirty} more. */
    public static void fillBufio(Kernel k, int clean, int dirty, Completion done) {
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

    /** {@code cat}: reads a file on A into the page cache (clean folios any reclaim may drop). */
    public static void readIntoPageCache(Kernel k, int blocks) {
        SuperBlock a = k.storage().superBlock("A");
        k.spawn("cat", () -> a.readFile("/data", 0, blocks));
    }

    /** {@code find}: looks up {@code n} inodes on A and drops them, leaving them cached and unused. */
    public static void cacheInodes(Kernel k, int n, Completion done) {
        SuperBlock a = k.storage().superBlock("A");
        k.spawn("find", () -> {
            for (int i = 0; i < n; i++) {
                a.iput(a.iget(100 + i));
            }
            done.completeAll();
        });
    }

    /**
     * {@code memhog}: after {@code start}, takes memory until only {@code above} pages over the min watermark
     * are free, signals {@code full}; then {@code rounds - 1} more times, a jiffy apart, takes what reclaim
     * gave back; finally frees everything. Its requests use __GFP_NORETRY: it never stalls itself.
     */
    public static void hog(Kernel k, Completion start, Completion full, long above, int rounds) {
        PageAllocator pa = k.pageAllocator();
        KernelRuntime rt = k.runtime();
        k.spawn("memhog", () -> {
            start.waitForCompletion();
            List<Long> held = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                while (pa.nrFreePages() > pa.watermarks().min() + above) {
                    long p = pa.allocPages(Gfp.GFP_KERNEL.or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOWARN), 0);
                    if (p < 0) {
                        break;
                    }
                    held.add(p);
                }
                if (r == 0) {
                    full.completeAll();
                }
                rt.msleep(1);
            }
            for (long p : held) {
                pa.freePages(p, 0);
            }
        });
    }

    /** {@code xfs_io}: in one transaction on A reserving {@code logUnits}, allocates {@code allocs} pages with {@code gfp}. */
    public static void allocateInTransaction(Kernel k, Completion start, int logUnits, int allocs, Gfp gfp) {
        SuperBlock a = k.storage().superBlock("A");
        PageAllocator pa = k.pageAllocator();
        k.spawn("xfs_io", () -> {
            start.waitForCompletion();
            List<Long> got = new ArrayList<>();
            try (Transaction t = a.transStart("xfs_create", logUnits)) {
                for (int i = 0; i < allocs; i++) {
                    got.add(pa.allocPages(gfp, 0));
                }
            }
            for (long p : got) {
                if (p > 0) {
                    pa.freePages(p, 0);
                }
            }
        });
    }

    /** {@code dd}: {@code bios} one-block writes straight to loop0, each waited for. */
    public static void writeToLoop(Kernel k, Completion start, int bios) {
        k.spawn("dd", () -> {
            start.waitForCompletion();
            for (int i = 0; i < bios; i++) {
                k.storage().blockDevice("loop0").submitBioWait(BioOp.WRITE, 2000 + i);
            }
        });
    }
}
