package org.reclaimtck.spi.trace;

import java.util.List;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.reclaim.ShrinkControl;

/**
 * One event of a run's trace: models the kernel's tracepoints ({@code include/trace/events/}). The
 * trace is the only way the TCK observes an implementation, so every event a rule needs is here.
 * {@link #render()} is the canonical text a trace hash is computed over.
 */
public sealed interface TraceEvent {
    /** Virtual nanoseconds since boot. */
    long time();

    /** The comm of the task the event happened in ({@code softirq} for timer callbacks). */
    String task();

    /** The event-specific part of the line, e.g. {@code mutex_lock inode_lock class=i_rwsem}. */
    String detail();

    /** {@code [    1.000250] loop0: bio_submit #3 dev=loop0 WRITE sector=8}. */
    default String render() {
        long micros = time() / 1000;
        return String.format(java.util.Locale.ROOT, "[%5d.%06d] %s: %s", micros / 1_000_000, micros % 1_000_000, task(), detail());
    }

    // ---- tasks and scheduling -------------------------------------------------------------

    record TaskSpawned(long time, String task, String child, boolean kthread) implements TraceEvent {
        public String detail() {
            return (kthread ? "kthread_run " : "spawn ") + child;
        }
    }

    record TaskExited(long time, String task) implements TraceEvent {
        public String detail() {
            return "exit";
        }
    }

    /** Waits on a lock, completion, wait queue, bio, log space or the clock. */
    record WaitBegin(long time, String task, WaitKind kind, String object, String lockClass,
                     List<String> holders, boolean idle) implements TraceEvent {
        public WaitBegin {
            holders = List.copyOf(holders);
        }

        /** Waits on a mutex or rwsem, whose holders are its owners. */
        public boolean isLock() {
            return kind == WaitKind.MUTEX || kind == WaitKind.RWSEM_READ || kind == WaitKind.RWSEM_WRITE;
        }

        public String detail() {
            return "wait " + kind.label() + " " + object + (lockClass.equals(object) ? "" : " class=" + lockClass)
                    + (holders.isEmpty() ? "" : (isLock() ? " held_by=" : " by=") + String.join(",", holders)) + (idle ? " (idle)" : "");
        }
    }

    /** The task is runnable again; {@code by} is the waker's comm, {@code timer} or {@code timeout}. */
    record Woken(long time, String task, String object, String by) implements TraceEvent {
        public String detail() {
            return "woken " + object + " by " + by;
        }
    }

    record LockAcquired(long time, String task, LockKind kind, String object, String lockClass) implements TraceEvent {
        public String detail() {
            return "lock " + kind.label() + " " + object + (lockClass.equals(object) ? "" : " class=" + lockClass);
        }
    }

    record LockReleased(long time, String task, LockKind kind, String object, String lockClass) implements TraceEvent {
        public String detail() {
            return "unlock " + kind.label() + " " + object;
        }
    }

    record CompletionDone(long time, String task, String object, boolean all) implements TraceEvent {
        public String detail() {
            return (all ? "complete_all " : "complete ") + object;
        }
    }

    record TimerFired(long time, String task, String timer) implements TraceEvent {
        public String detail() {
            return "timer_expire " + timer;
        }
    }

    record WorkQueued(long time, String task, String workqueue, String work) implements TraceEvent {
        public String detail() {
            return "workqueue_queue_work " + workqueue + " " + work;
        }
    }

    record WorkExecute(long time, String task, String workqueue, String work, boolean start) implements TraceEvent {
        public String detail() {
            return (start ? "workqueue_execute_start " : "workqueue_execute_end ") + workqueue + " " + work;
        }
    }

    // ---- allocation context ----------------------------------------------------------------

    record ScopeSaved(long time, String task, String flag, String site) implements TraceEvent {
        public String detail() {
            return "memalloc_save " + flag + " at " + site;
        }
    }

    record ScopeRestored(long time, String task, String flag, String site) implements TraceEvent {
        public String detail() {
            return "memalloc_restore " + flag + " at " + site;
        }
    }

    // ---- page allocator and reclaim ----------------------------------------------------------

    record AllocRequested(long time, String task, Gfp callerGfp, Gfp effectiveGfp, int order,
                          List<String> heldLocks) implements TraceEvent {
        public AllocRequested {
            heldLocks = List.copyOf(heldLocks);
        }

        public String detail() {
            return "mm_page_alloc_request order=" + order + " gfp=" + callerGfp
                    + (callerGfp.equals(effectiveGfp) ? "" : " effective=" + effectiveGfp)
                    + (heldLocks.isEmpty() ? "" : " held=" + String.join(",", heldLocks));
        }
    }

    /** {@code might_alloc()}: the request may enter direct reclaim (the {@code fs_reclaim} annotation). */
    record AllocMightReclaim(long time, String task, Gfp effectiveGfp) implements TraceEvent {
        public String detail() {
            return "might_alloc gfp=" + effectiveGfp;
        }
    }

    record AllocReturned(long time, String task, Gfp effectiveGfp, int order, boolean success) implements TraceEvent {
        public String detail() {
            return (success ? "mm_page_alloc order=" : "mm_page_alloc_fail order=") + order + " gfp=" + effectiveGfp;
        }
    }

    record DirectReclaimBegin(long time, String task, Gfp gfp, int order) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_direct_reclaim_begin order=" + order + " gfp_flags=" + gfp;
        }
    }

    record DirectReclaimEnd(long time, String task, long nrReclaimed) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_direct_reclaim_end nr_reclaimed=" + nrReclaimed;
        }
    }

    record KswapdWake(long time, String task, int nid, int order) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_wakeup_kswapd nid=" + nid + " order=" + order;
        }
    }

    record KswapdSleep(long time, String task, int nid) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_kswapd_sleep nid=" + nid;
        }
    }

    record ShrinkerScanBegin(long time, String task, String shrinker, ShrinkControl control) implements TraceEvent {
        public String detail() {
            return "mm_shrink_slab_start " + shrinker + " " + control;
        }
    }

    /** {@code freed} is the objects freed, or {@code -1} for {@code SHRINK_STOP}. */
    record ShrinkerScanEnd(long time, String task, String shrinker, long freed) implements TraceEvent {
        public String detail() {
            return "mm_shrink_slab_end " + shrinker + (freed < 0 ? " SHRINK_STOP" : " freed=" + freed);
        }
    }

    record ThrottleBegin(long time, String task, String reason) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_throttled reason=" + reason;
        }
    }

    record ThrottleEnd(long time, String task, String reason) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_throttle_end reason=" + reason;
        }
    }

    record OomKill(long time, String task, String victim, Gfp gfp) implements TraceEvent {
        public String detail() {
            return "mark_victim " + victim + " gfp_mask=" + gfp;
        }
    }

    // ---- filesystems, writeback, block -------------------------------------------------------

    record FsEnter(long time, String task, String superBlock, String operation) implements TraceEvent {
        public String detail() {
            return "fs_enter " + superBlock + " " + operation;
        }
    }

    record FsLeave(long time, String task, String superBlock, String operation) implements TraceEvent {
        public String detail() {
            return "fs_leave " + superBlock + " " + operation;
        }
    }

    record WritebackStart(long time, String task, String mapping, long index) implements TraceEvent {
        public String detail() {
            return "folio_start_writeback " + mapping + " index=" + index;
        }
    }

    record WritebackEnd(long time, String task, String mapping, long index) implements TraceEvent {
        public String detail() {
            return "folio_end_writeback " + mapping + " index=" + index;
        }
    }

    record BioSubmitted(long time, String task, long bio, String device, String op, long sector) implements TraceEvent {
        public String detail() {
            return "block_bio_queue #" + bio + " dev=" + device + " " + op + " sector=" + sector;
        }
    }

    /** {@code task} is who ran {@code bio_endio()}: a device worker's comm, or {@code softirq}. */
    record BioCompleted(long time, String task, long bio, String device, int status) implements TraceEvent {
        public String detail() {
            return "block_bio_complete #" + bio + " dev=" + device + " status=" + status;
        }
    }

    /** A {@code WARN_ON_ONCE} or a rule the implementation detected, e.g. kind {@code nofail-order}. */
    record Warning(long time, String task, String kind, String message) implements TraceEvent {
        public String detail() {
            return "WARNING " + kind + ": " + message;
        }
    }
}
