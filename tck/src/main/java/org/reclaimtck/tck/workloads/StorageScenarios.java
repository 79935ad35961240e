package org.reclaimtck.tck.workloads;

import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Completion;
import org.reclaimtck.spi.runtime.KernelRuntime;

/**
 * The workloads of scenarios S1, S2, S3 and S11 (design/scenarios.md) on {@link StorageStacks#loopStack}.
 * With {@code pressure} false the same tasks run on ample memory: no allocation goes below the min
 * watermark, so no reclaim runs and the buggy variants complete. With {@code probe} the {@link ReclaimProbe} also
 * runs each reclaim path once after the set-up, for the dependency oracle.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StorageScenarios {
    private StorageScenarios() {
    }

    /** S1: {@code xfs_io} in a transaction on A (whole log) allocates GFP_NOFS while bufio0 holds dirty buffers. */
    public static void s1(Kernel k, boolean pressure) {
        s1(k, pressure, false);
    }

    /** As {@link #s1(Kernel, boolean)}, with the {@link ReclaimProbe} if {@code probe}. */
    public static void s1(Kernel k, boolean pressure, boolean probe) {
        Completion full = dirtyBufioUnderPressure(k, pressure, probe, 4, 1);
        StorageTasks.allocateInTransaction(k, full, StorageStacks.LOG_UNITS, 40, Gfp.GFP_NOFS);
    }

    /** S2: {@code dd} writes through loop0 while memory is short; the loop worker allocates per command. */
    public static void s2(Kernel k, boolean pressure) {
        s2(k, pressure, false);
    }

    /** As {@link #s2(Kernel, boolean)}, with the {@link ReclaimProbe} if {@code probe}. */
    public static void s2(Kernel k, boolean pressure, boolean probe) {
        Completion full = dirtyBufioUnderPressure(k, pressure, probe, 2, 20);
        StorageTasks.writeToLoop(k, full, 40);
    }

    /** S3: {@code xfs_io} holds a transaction on A (whole log) and allocates GFP_KERNEL; A has unused inodes. */
    public static void s3(Kernel k, boolean pressure) {
        s3(k, pressure, false);
    }

    /** As {@link #s3(Kernel, boolean)}, with the {@link ReclaimProbe} if {@code probe}. */
    public static void s3(Kernel k, boolean pressure, boolean probe) {
        KernelRuntime rt = k.runtime();
        Completion ready = rt.completion("setup done");
        Completion full = rt.completion("memory full");
        StorageTasks.readIntoPageCache(k, 8);
        StorageTasks.cacheInodes(k, 64, ready);
        pressure(k, pressure, probe, ready, full, 4, 1);
        StorageTasks.allocateInTransaction(k, full, StorageStacks.LOG_UNITS, 40, Gfp.GFP_KERNEL);
    }

    /** S11: as S2 on a slow disk (20 ms a request): kswapd meets dirty buffers behind loop0. */
    public static void s11(Kernel k, boolean pressure) {
        s11(k, pressure, false);
    }

    /** As {@link #s11(Kernel, boolean)}, with the {@link ReclaimProbe} if {@code probe}. */
    public static void s11(Kernel k, boolean pressure, boolean probe) {
        Completion full = dirtyBufioUnderPressure(k, pressure, probe, 2, 1);
        StorageTasks.writeToLoop(k, full, 40);
    }

    /**
     * Page cache on A, bufio0 with 8 clean and 56 dirty buffers, then (with pressure) {@code memhog} and (with
     * probe) the {@link ReclaimProbe}; the returned completion fires when the scenario's main task may start.
     */
    private static Completion dirtyBufioUnderPressure(Kernel k, boolean pressure, boolean probe, long above,
                                                      int rounds) {
        KernelRuntime rt = k.runtime();
        Completion ready = rt.completion("setup done");
        Completion full = rt.completion("memory full");
        StorageTasks.readIntoPageCache(k, 24);
        StorageTasks.fillBufio(k, 8, 56, ready);
        pressure(k, pressure, probe, ready, full, above, rounds);
        return full;
    }

    /** Disk latency of S11's slow disk, in microseconds; the other scenarios use 100. */
    public static final long S11_DISK_LATENCY_MICROS = 20_000;

    private static void pressure(Kernel k, boolean pressure, boolean probe, Completion ready, Completion full,
                                 long above, int rounds) {
        if (probe) {
            ReclaimProbe.spawn(k, ready);
        }
        if (pressure) {
            StorageTasks.hog(k, ready, full, above, rounds);
        } else {
            k.spawn("waiter", () -> {
                ready.waitForCompletion();
                full.completeAll();
            });
        }
    }
}
