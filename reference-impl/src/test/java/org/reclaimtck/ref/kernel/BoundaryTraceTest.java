package org.reclaimtck.ref.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Transaction;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.mm.Watermarks;
import org.reclaimtck.spi.part.AllocatorContext;
import org.reclaimtck.spi.part.PageAllocatorType;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.reclaim.Shrinker;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.trace.TraceEvent;

/** The kernel traces its own boundaries: entries into a filesystem, page-cache writeback, allocation requests. */
class BoundaryTraceTest {
    private static StackSpec diskAndA() {
        return StackSpec.builder().disk("vda", 1 << 20, 32, 100).mkfs("A", "vda", 16, 64).build();
    }

    /** A third party's shrinker that starts a transaction on A from any reclaim and traces nothing itself. */
    private static final class TransactingShrinker implements Shrinker {
        private final Kernel k;

        TransactingShrinker(Kernel k) {
            this.k = k;
        }

        @Override
        public String name() {
            return "acme-cache";
        }

        @Override
        public long countObjects(ShrinkControl sc) {
            return 1024;
        }

        @Override
        public long scanObjects(ShrinkControl sc) {
            SuperBlock a = k.storage().superBlock("A");
            try (Transaction t = a.transStart("acme evict", 1)) {
                return 1;
            }
        }
    }

    @Test
    void aShrinkerEnteringAFilesystemUnderGfpNofsIsSeenByTheVfsNotByItsOwnWord() {
        Kernel k = new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).stack(diskAndA()).build());
        k.shrinkers().registerShrinker(new TransactingShrinker(k));
        k.spawn("xfs_io", () -> {
            try (MemallocScope nofs = k.runtime().current().memallocNofsSave()) {
                k.reclaim().tryToFreePages(Gfp.GFP_KERNEL, 64);
            }
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        List<String> inScan = new ArrayList<>();
        String scanning = null;
        for (TraceEvent e : r.trace()) {
            if (e instanceof TraceEvent.ShrinkerScanBegin) {
                TraceEvent.ShrinkerScanBegin b = (TraceEvent.ShrinkerScanBegin) e;
                scanning = b.shrinker() + " " + b.control().gfpMask();
            } else if (e instanceof TraceEvent.ShrinkerScanEnd) {
                scanning = null;
            } else if (e instanceof TraceEvent.FsEnter && scanning != null) {
                inScan.add(scanning + " -> " + ((TraceEvent.FsEnter) e).superBlock() + " "
                        + ((TraceEvent.FsEnter) e).operation());
            }
        }
        assertThat(inScan).contains("acme-cache GFP_NOFS -> A trans_start");
    }

    @Test
    void aBufferedWriteDirtiesFoliosAndWritepagesWritesThemBackThroughThePageCache() {
        Kernel k = new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).stack(diskAndA()).build());
        k.spawn("dd", () -> {
            SuperBlock a = k.storage().superBlock("A");
            a.writeFile("/data", 0, 3);
            a.readFile("/data", 0, 3);
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(r.trace()).filteredOn(TraceEvent.WritebackStart.class::isInstance).hasSize(3);
        assertThat(r.trace()).filteredOn(TraceEvent.WritebackEnd.class::isInstance).hasSize(3);
        assertThat(r.trace()).filteredOn(TraceEvent.FsEnter.class::isInstance)
                .extracting(e -> ((TraceEvent.FsEnter) e).operation())
                .contains("write_iter /data", "dirty_folio", "writepages /data", "read_iter /data")
                .doesNotContain("read_folio");
        long reads = r.trace().stream().filter(TraceEvent.BioSubmitted.class::isInstance)
                .filter(e -> ((TraceEvent.BioSubmitted) e).op().equals("READ")).count();
        assertThat(reads).as("the written folios are cached: reading them back needs no I/O").isZero();
    }

    /** A user's page allocator: a counter of free pages with no watermarks of its own, asking the kernel to reclaim. */
    private static final class CountingAllocatorType implements PageAllocatorType {
        @Override
        public String name() {
            return "counting";
        }

        @Override
        public PageAllocator create(AllocatorContext ctx) {
            return new PageAllocator() {
                private long free = ctx.managedPages();
                private long next = 1;

                @Override
                public long allocPages(Gfp gfp, int order) {
                    if (free < (1L << order)) {
                        ctx.tryToFreePages(ctx.runtime().current().currentGfpContext(gfp), order);
                    }
                    if (free < (1L << order)) {
                        return -1;
                    }
                    free -= 1L << order;
                    long pfn = next;
                    next += 1L << order;
                    return pfn;
                }

                @Override
                public void freePages(long pfn, int order) {
                    free += 1L << order;
                }

                @Override
                public long nrFreePages() {
                    return free;
                }

                @Override
                public long managedPages() {
                    return ctx.managedPages();
                }

                @Override
                public Watermarks watermarks() {
                    return new Watermarks(0, 0, 0);
                }
            };
        }
    }

    @Test
    void aUsersPageAllocatorIsTracedAtTheKernelsEntryWithTheScopedMask() {
        Kernel k = new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).memoryPages(4)
                .register(new CountingAllocatorType()).pageAllocator("counting").build());
        long[] got = new long[6];
        k.spawn("user", () -> {
            try (MemallocScope nofs = k.runtime().current().memallocNofsSave()) {
                for (int i = 0; i < got.length; i++) {
                    got[i] = k.pageAllocator().allocPages(Gfp.GFP_KERNEL, 0);
                }
            }
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(got).containsExactly(1, 2, 3, 4, -1, -1);
        assertThat(r.trace()).filteredOn(TraceEvent.AllocRequested.class::isInstance)
                .map(e -> (TraceEvent.AllocRequested) e).filteredOn(a -> a.task().equals("user")).hasSize(6)
                .allSatisfy(a -> assertThat(a.effectiveGfp()).isEqualTo(Gfp.GFP_NOFS));
        assertThat(r.trace()).filteredOn(TraceEvent.DirectReclaimBegin.class::isInstance)
                .map(e -> (TraceEvent.DirectReclaimBegin) e).hasSize(2)
                .allSatisfy(d -> assertThat(d.gfp()).isEqualTo(Gfp.GFP_NOFS));
    }
}
