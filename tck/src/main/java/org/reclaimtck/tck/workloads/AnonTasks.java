package org.reclaimtck.tck.workloads;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.mm.Mm;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.runtime.Completion;

/** User tasks with anonymous working sets ({@link Mm}): the sustained shortage the OOM killer resolves. */
@API(status = API.Status.EXPERIMENTAL, since = "0.4.0")
public final class AnonTasks {
    private AnonTasks() {
    }

    /**
     * A task {@code comm} (e.g. {@code memhog}) that after {@code delayMs} faults in {@code pages} anonymous pages and
     * keeps them until it exits; asking for more than the machine has, it ends as the OOM killer's victim.
     */
    public static void hog(Kernel k, String comm, long delayMs, long pages) {
        k.spawn(comm, () -> {
            k.runtime().scheduleTimeoutKillable(k.runtime().clock().msecsToJiffies(delayMs));
            k.mm().faultInAnon(pages);
        });
    }

    /**
     * {@code memhog}: after {@code start}, faults in pages one at a time while more than {@code above} pages over the
     * min watermark are free (reading {@code MemFree} as a user program would), signals {@code full}, holds the
     * working set {@code holdMs} (a killable sleep) and exits.
     */
    public static void fillAndHold(Kernel k, Completion start, Completion full, long above, long holdMs) {
        PageAllocator pa = k.pageAllocator();
        k.spawn("memhog", () -> {
            start.waitForCompletion();
            while (pa.nrFreePages() > pa.watermarks().min() + above) {
                k.mm().faultInAnon(1);
            }
            full.completeAll();
            k.runtime().scheduleTimeoutKillable(k.runtime().clock().msecsToJiffies(holdMs));
        });
    }
}
