package org.reclaimtck.ref.oom;

import java.util.ArrayDeque;
import org.reclaimtck.ref.mm.AnonMemory;
import org.reclaimtck.ref.mm.MmStruct;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The OOM reaper kthread: models {@code oom_reaper}, {@code oom_reap_task} and {@code oom_reap_task_mm} of
 * {@code mm/oom_kill.c} (K-OOM-4): for each queued victim it tries {@code mmap_read_trylock} up to
 * {@value #MAX_OOM_REAP_RETRIES} times, napping HZ/10 between tries, frees the victim's anonymous memory, and sets
 * MMF_OOM_SKIP either way so selection moves on. Started with the first victim (the kernel starts it at boot; an
 * idle kthread changes nothing before that). Reaps at once, without v5.18's OOM_REAPER_DELAY (docs/model.md).
 */
final class OomReaper {
    static final int MAX_OOM_REAP_RETRIES = 10;

    private final SimRuntime rt;
    private final AnonMemory mms;
    private final ArrayDeque<MmStruct> queue = new ArrayDeque<>();
    private WaitQueue wait;

    OomReaper(SimRuntime rt, AnonMemory mms) {
        this.rt = rt;
        this.mms = mms;
    }

    /** {@code queue_oom_reaper}: hands the victim's mm to the reaper and wakes it. */
    void queue(MmStruct mm) {
        if (wait == null) {
            wait = rt.waitQueue("oom_reaper_wait");
            rt.kthread("oom_reaper", this::oomReaper);
        }
        queue.add(mm);
        wait.wakeUpAll();
    }

    private void oomReaper() {
        while (!rt.kthreadShouldStop()) {
            wait.waitEventIdle(() -> !queue.isEmpty());
            oomReapTask(queue.poll());
        }
    }

    /** {@code oom_reap_task}. */
    private void oomReapTask(MmStruct mm) {
        int attempts = 0;
        while (attempts++ < MAX_OOM_REAP_RETRIES && !oomReapTaskMm(mm)) {
            rt.scheduleTimeoutUninterruptible(Math.max(1, rt.clock().hz() / 10));
        }
        if (attempts > MAX_OOM_REAP_RETRIES) {
            rt.trace(new TraceEvent.OomReaped(rt.clock().nanos(), "oom_reaper", mm.owner().comm(), 0, false));
        }
        mm.setOomSkip();
    }

    /** {@code oom_reap_task_mm}: false if {@code mmap_lock} is contended. */
    private boolean oomReapTaskMm(MmStruct mm) {
        if (!mm.mmapLock().tryDownRead()) {
            return false;
        }
        try {
            if (!mm.oomSkip()) {
                long freed = mms.reapAnon(mm);
                rt.trace(new TraceEvent.OomReaped(rt.clock().nanos(), "oom_reaper", mm.owner().comm(), freed, true));
            }
        } finally {
            mm.mmapLock().upRead();
        }
        return true;
    }
}
