package org.reclaimtck.tck.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.stack.StackSpec;

/**
 * S9's machine and tasks (design/scenarios.md): I/O through a dm-linear {@code dm-1} (max I/O {@value #TOP_MAX_IO}
 * sectors) on a dm-linear {@code dm-0} (max I/O 1 sector, {@value #RESERVED_BIOS} bios in reserve, as
 * {@code dm_mod.reserved_bio_based_ios=8}) on disk
 * {@code vda}, on a 4 MiB machine where {@code memhog} takes every page the fast path gives, so every bio comes from a
 * bio set's reserve. {@code dd} writes {@value #IO_SECTORS} sectors once with memory to spare (the bio sets fill their
 * reserves), then, with memory full, {@code writes} more; {@code memhog} gives its pages back once {@code dd} is done.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.5.0")
public final class S9Workload {
    /** The bio set of {@code dm-0}, where each clone of {@code dm-1} is split into one-sector bios. */
    public static final String DM0_BIOSET = "md->bs(dm-0)";
    public static final int IO_SECTORS = 32;
    public static final int TOP_MAX_IO = 16;
    public static final int RESERVED_BIOS = 8;
    /** Virtual seconds a run may take: enough for the writes many times over; a stuck run ends here. */
    public static final long TIME_BUDGET_SECS = 12;
    /** How often {@code memhog} takes back what was freed meanwhile. */
    static final int HOG_INTERVAL_MS = 10;

    private S9Workload() {
    }

    /** The machine: 4 MiB, vda → dm-0 → dm-1. */
    public static void machine(MachineSpec.Builder machine) {
        machine.memoryPages(StorageStacks.SMALL_MEMORY_PAGES).timeBudgetSecs(TIME_BUDGET_SECS)
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100)
                        .blockDevice("dm-linear", "dm-0", Map.of("max-io-sectors", "1",
                                "reserved-bios", String.valueOf(RESERVED_BIOS)), "vda")
                        .blockDevice("dm-linear", "dm-1", Map.of("max-io-sectors", String.valueOf(TOP_MAX_IO)), "dm-0")
                        .build());
    }

    /**
     * Spawns {@code memhog} and {@code dd} ({@code dd0}, {@code dd1}, ... if {@code writers} is more than 1); the
     * first writer fills the bio sets' reserves with one write, then each writes {@code writes} times under pressure,
     * to its own range, recording each status in {@code statuses}.
     */
    public static void spawn(Kernel kernel, int writers, int writes, List<Integer> statuses) {
        Completion ready = kernel.runtime().completion("bio sets filled");
        Completion full = kernel.runtime().completion("memory full");
        int[] running = {writers};
        BlockDevice dm1 = kernel.storage().blockDevice("dm-1");
        kernel.spawn("memhog", () -> {
            ready.waitForCompletion();
            List<Long> hogged = new ArrayList<>();
            hog(kernel, hogged);
            full.completeAll();
            while (running[0] > 0) {
                kernel.runtime().msleep(HOG_INTERVAL_MS);
                hog(kernel, hogged);
            }
            hogged.forEach(pfn -> kernel.pageAllocator().freePages(pfn, 0));
        });
        for (int w = 0; w < writers; w++) {
            int writer = w;
            long base = (long) writer * (writes + 1) * IO_SECTORS;
            kernel.spawn(writers == 1 ? "dd" : "dd" + writer, () -> {
                if (writer == 0) {
                    statuses.add(dm1.submitBioWait(BioOp.WRITE, base, IO_SECTORS));
                    ready.completeAll();
                }
                full.waitForCompletion();
                for (int i = 1; i <= writes; i++) {
                    statuses.add(dm1.submitBioWait(BioOp.WRITE, base + (long) i * IO_SECTORS, IO_SECTORS));
                }
                running[0]--;
            });
        }
    }

    /** Takes every page the fast path gives. */
    private static void hog(Kernel kernel, List<Long> hogged) {
        for (long pfn; (pfn = kernel.pageAllocator().allocPages(Gfp.GFP_NOWAIT, 0)) >= 0; ) {
            hogged.add(pfn);
        }
    }
}
