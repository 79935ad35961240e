package org.reclaimtck.tck.suites.swap;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.task.MemallocScope;

/**
 * S7's tasks: {@code memhog} faults in anonymous memory and holds it 500 ms; 20 ms in, {@code xfs_io} allocates
 * pages one by one with GFP_KERNEL inside a {@code memalloc_nofs_save} scope (a transaction's allocations), holds
 * them, then frees them.
 */
final class S7Workload {
    private S7Workload() {
    }

    /** The S7 machine: {@code pages} of memory, 16 MiB of swap on disk {@code vdb} (queue depth 8, 1 ms a request). */
    static void machine(MachineSpec.Builder machine, long pages) {
        machine.memoryPages(pages).hungTaskTimeoutSecs(10)
                .stack(StackSpec.builder().disk("vdb", 1 << 16, 8, 1000).swapon("vdb", 4096).build());
    }

    static void spawn(Kernel k, long anonPages, int nofsPages) {
        k.spawn("memhog", () -> {
            k.mm().faultInAnon(anonPages);
            k.runtime().msleep(500);
        });
        PageAllocator pa = k.pageAllocator();
        k.spawn("xfs_io", () -> {
            k.runtime().msleep(20);
            List<Long> got = new ArrayList<>();
            try (MemallocScope nofs = k.runtime().current().memallocNofsSave()) {
                for (int i = 0; i < nofsPages; i++) {
                    got.add(pa.allocPages(Gfp.GFP_KERNEL, 0));
                }
            }
            for (long p : got) {
                if (p > 0) {
                    pa.freePages(p, 0);
                }
            }
        });
    }
}
