package org.reclaimtck.spi.trace;

import java.util.List;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.reclaim.ShrinkControl;

/**
 * One event of a run's trace: models the kernel's tracepoints ({@code include/trace/events/}). The
 * trace is the only way the TCK observes an implementation, so every event a rule needs is here.
 * {@link #render()} is the canonical text a trace hash is computed over.
 *
 * <p><b>The dependency contract</b> (what the TCK's lockdep-style dependency oracle reads, checked by the
 * {@code trace-contract} suite, rules TRACE-n): a lock class groups instances as lockdep's
 * {@code lock_class_key} does; a filesystem's transaction (log-space reservation) is {@link LockKind#TRANSACTION}
 * with one class per superblock, e.g. {@code A->log}, and a {@link WaitKind#LOG_SPACE} wait names that class; a
 * {@link WaitKind#BIO} wait names class {@code bio:<device>} and an object starting with {@code #<bio id>} of a
 * {@link BioSubmitted} bio; {@link BioCompleted} names the task that ran {@code bio_endio()}; a
 * {@link CompletionDone} names the completing task and the completion's class; a trylock is marked
 * ({@link LockAcquired#trylock()}); every allocation that may enter direct reclaim emits
 * {@link AllocMightReclaim}; every reclaim context is bracketed ({@link DirectReclaimBegin} / {@link DirectReclaimEnd},
 * {@link ShrinkerScanBegin} / {@link ShrinkerScanEnd}; kswapd is the task {@code kswapd<nid>}). Every
 * {@code count_objects} result is traced ({@link ShrinkerCount}), so the shrinker contract is judged from the trace.
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

    /**
     * A {@code PF_*} flag of {@code task} set or cleared outside a {@code memalloc_*_save} scope, as
     * {@code tsk->flags |= PF_MEMALLOC | PF_KSWAPD} in {@code kswapd()} or {@code PF_LOCAL_THROTTLE} in the loop worker;
     * scopes are {@link ScopeSaved} / {@link ScopeRestored}. {@code flag} is the {@code PfFlag} name.
     */
    record TaskFlagChanged(long time, String task, String flag, boolean set) implements TraceEvent {
        public String detail() {
            return "task_flags " + (set ? "+" : "-") + flag;
        }
    }

    record TaskExited(long time, String task) implements TraceEvent {
        public String detail() {
            return "exit";
        }
    }

    /**
     * Waits on a lock, completion, wait queue, bio, log space or the clock. {@code holders} are the owners for a
     * lock ({@link #isLock()}) and the declared wakers otherwise. {@code lockClass} is the lock's class; for
     * {@link WaitKind#BIO} it is {@code bio:<device>} and {@code object} starts with {@code #<bio id>}; for
     * {@link WaitKind#LOG_SPACE} it is the filesystem's transaction class ({@code A->log}); for a completion, the
     * completion's class (its name unless created with one).
     */
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

    /**
     * A lock taken; {@code trylock} for {@code mutex_trylock()} / {@code down_*_trylock()}, which never wait and so,
     * as in lockdep, add no dependency on the lock (the task still holds it afterwards).
     */
    record LockAcquired(long time, String task, LockKind kind, String object, String lockClass, boolean trylock)
            implements TraceEvent {
        /** A blocking acquisition ({@code trylock} false). */
        public LockAcquired(long time, String task, LockKind kind, String object, String lockClass) {
            this(time, task, kind, object, lockClass, false);
        }

        public String detail() {
            return (trylock ? "trylock " : "lock ") + kind.label() + " " + object
                    + (lockClass.equals(object) ? "" : " class=" + lockClass);
        }
    }

    record LockReleased(long time, String task, LockKind kind, String object, String lockClass) implements TraceEvent {
        public String detail() {
            return "unlock " + kind.label() + " " + object;
        }
    }

    /** {@code complete()} / {@code complete_all()} by {@code task}; {@code lockClass} is the completion's class. */
    record CompletionDone(long time, String task, String object, boolean all, String lockClass) implements TraceEvent {
        /** A completion whose class is its name. */
        public CompletionDone(long time, String task, String object, boolean all) {
            this(time, task, object, all, object);
        }

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

    /**
     * {@code memalloc_*_save}: {@code context} is null for the kernel's scopes; a proposal's policy puts what the scope
     * carries there, e.g. {@code sb=A depth=1} for a per-superblock NOFS scope, or why the scope is a no-op
     * ({@code ignored: ...} for a proposal the selected policy does not implement).
     */
    record ScopeSaved(long time, String task, String flag, String site, String context) implements TraceEvent {
        public ScopeSaved(long time, String task, String flag, String site) {
            this(time, task, flag, site, null);
        }

        public String detail() {
            return "memalloc_save " + flag + (context == null ? "" : " " + context) + " at " + site;
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

    /**
     * {@code might_alloc()}: the request may enter direct reclaim (the {@code fs_reclaim} annotation). Emitted for
     * every request whose effective mask has {@code __GFP_DIRECT_RECLAIM} from a task not in reclaim
     * (no PF_MEMALLOC), before the request can sleep, whether or not memory is short (K-LOCKDEP-2).
     */
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

    /**
     * {@code mempool_alloc} returned (K-MEMPOOL-1): {@code element} is the page frame number handed out, or -1 for
     * {@code NULL}; {@code reserved} if it came from the pool's reserve rather than the backing allocator. The element
     * is then held by {@code task} ({@link LockAcquired} of kind {@link LockKind#MEMPOOL_ELEMENT}, class {@code pool}).
     */
    record MempoolAlloc(long time, String task, String pool, Gfp gfp, long element, boolean reserved)
            implements TraceEvent {
        public String detail() {
            return element < 0 ? "mempool_alloc_fail pool=" + pool + " gfp=" + gfp
                    : "mempool_alloc pool=" + pool + " gfp=" + gfp + " element=" + element
                            + (reserved ? " from=reserve" : " from=allocator");
        }
    }

    /**
     * {@code rcu_grace_period}: grace period {@code gpSeq} started ({@code start}) or ended; {@code blockers} are the
     * tasks that were inside a read-side critical section when it started, which it waits for.
     */
    record RcuGracePeriod(long time, String task, long gpSeq, boolean start, List<String> blockers)
            implements TraceEvent {
        public RcuGracePeriod {
            blockers = List.copyOf(blockers);
        }

        public String detail() {
            return "rcu_grace_period gp_seq=" + gpSeq + (start ? " start" + (blockers.isEmpty() ? ""
                    : " blocked_by=" + String.join(",", blockers)) : " end");
        }
    }

    /**
     * {@code kvfree_rcu}'s pages at each stage: queued on the batch ({@code kvfree_call_rcu}), drained (the batch handed
     * to a grace period, by the drain timer's work or the {@code rcu-kfree} shrinker), and freed after the grace
     * period ({@code rcu_invoke_kvfree_callback}). Balancing the stages tells what waits for RCU and for what.
     */
    record KvfreeRcu(long time, String task, long pages, Stage stage) implements TraceEvent {
        /** Where the pages are. */
        public enum Stage {
            QUEUE("kvfree_call_rcu"), DRAIN("kfree_rcu_drain"), FREE("rcu_invoke_kvfree_callback");

            private final String tracepoint;

            Stage(String tracepoint) {
                this.tracepoint = tracepoint;
            }
        }

        public String detail() {
            return stage.tracepoint + " pages=" + pages;
        }
    }

    /**
     * Direct reclaim with the task's scoped mask, under PF_MEMALLOC: from the allocator's slow path or from
     * proactive reclaim ({@code org.reclaimtck.spi.reclaim.Reclaim}, as {@code memory.reclaim}).
     */
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

    /**
     * Per-superblock NOFS (the 2020 proposal, policy {@code gfp-policy:per-sb-nofs}): {@code super_cache_scan} of
     * {@code superBlock} (nesting depth {@code depth}) met a mask without {@code __GFP_FS} in a task whose NOFS came
     * only from per-superblock scopes ({@code scopes}, innermost first) and decided, per the proposal, whether to
     * reclaim it ({@code enter}) and why: {@code different depth} (NOFS), {@code different superblock} (GFP_KERNEL),
     * {@code same superblock, fs says safe|unsafe}, or {@code global NOFS} (the caller's own mask or a plain scope).
     */
    record NofsSuperDecision(long time, String task, String superBlock, int depth, List<String> scopes, boolean enter,
                             String reason) implements TraceEvent {
        public NofsSuperDecision {
            scopes = List.copyOf(scopes);
        }

        public String detail() {
            return "super_cache_scan_nofs sb=" + superBlock + " depth=" + depth + " scopes=[" + String.join(", ", scopes)
                    + "] " + (enter ? "GFP_KERNEL" : "GFP_NOFS") + " (" + reason + ")";
        }
    }

    record ShrinkerScanBegin(long time, String task, String shrinker, ShrinkControl control) implements TraceEvent {
        public String detail() {
            return "mm_shrink_slab_start " + shrinker + " " + control;
        }
    }

    /**
     * {@code count_objects} of {@code shrinker} returned {@code freeable} ({@code -2} for {@code SHRINK_EMPTY}): the
     * {@code cache_items} of the kernel's {@code mm_shrink_slab_start}, traced by {@code do_shrink_slab} for every
     * count, also when it ends the call (0 or {@code SHRINK_EMPTY}); {@code latencyNanos} is the virtual time the
     * callback took (rendered only when not 0: a count that slept).
     */
    record ShrinkerCount(long time, String task, String shrinker, ShrinkControl control, long freeable,
                         long latencyNanos) implements TraceEvent {
        /** A count that took no virtual time. */
        public ShrinkerCount(long time, String task, String shrinker, ShrinkControl control, long freeable) {
            this(time, task, shrinker, control, freeable, 0);
        }

        public String detail() {
            return "mm_shrink_slab_count " + shrinker + " gfp_flags=" + control.gfpMask() + " cache_items="
                    + (freeable == -2 ? "SHRINK_EMPTY" : String.valueOf(freeable))
                    + (latencyNanos == 0 ? "" : " latency_us=" + latencyNanos / 1000);
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

    // ---- OOM killer and anonymous memory (mm/oom_kill.c, mm/mmap.c, kernel/signal.c) -----------

    /**
     * {@code oom:mark_victim} with the report {@code oom_kill_process} prints: the request that invoked the OOM
     * killer ({@code gfp}, {@code order}; -1 if unknown, as from a real kernel's tracepoint alone), the victim's
     * {@code oom_badness} points and anon RSS, the free and reclaimable pages and the min watermark {@code show_mem}
     * printed, the constraint ({@code CONSTRAINT_NONE} for a global OOM, {@code CONSTRAINT_MEMCG} for a memcg OOM, whose
     * free and reclaimable pages are the memcg's margin and LRU pages, min 0) and the kernel's reason line
     * ({@code Out of memory: Killed process ...} or {@code Memory cgroup out of memory: ...}). {@code task} is the task
     * whose allocation invoked the OOM killer. {@code anonPages}, {@code filePages} and {@code freeSwapPages} are
     * {@code show_mem}'s LRU and swap lines ({@code active_anon + inactive_anon}, {@code active_file + inactive_file},
     * {@code Free swap}), -1 if not known: from them a judge computes {@code zone_reclaimable_pages} itself (file, plus
     * anon while swap has free slots). {@code oomMemcg} is the {@code oom_memcg=} path of a memcg OOM, null for a
     * global one.
     */
    record OomKill(long time, String task, String victim, Gfp gfp, int order, long points, long rssPages,
                   long freePages, long reclaimablePages, long minPages, String constraint, String reason,
                   long anonPages, long filePages, long freeSwapPages, String oomMemcg)
            implements TraceEvent {
        /** The tracepoint's fields alone (a real kernel's {@code oom:mark_victim}). */
        public OomKill(long time, String task, String victim, Gfp gfp) {
            this(time, task, victim, gfp, -1, 0, 0, -1, -1, -1, "CONSTRAINT_NONE", "", -1, -1, -1, null);
        }

        /** A global OOM's report without {@code show_mem}'s LRU and swap lines. */
        public OomKill(long time, String task, String victim, Gfp gfp, int order, long points, long rssPages,
                       long freePages, long reclaimablePages, long minPages, String constraint, String reason) {
            this(time, task, victim, gfp, order, points, rssPages, freePages, reclaimablePages, minPages, constraint,
                    reason, -1, -1, -1, null);
        }

        /** A global OOM's report ({@code oom_memcg} is null). */
        public OomKill(long time, String task, String victim, Gfp gfp, int order, long points, long rssPages,
                       long freePages, long reclaimablePages, long minPages, String constraint, String reason,
                       long anonPages, long filePages, long freeSwapPages) {
            this(time, task, victim, gfp, order, points, rssPages, freePages, reclaimablePages, minPages, constraint,
                    reason, anonPages, filePages, freeSwapPages, null);
        }

        /** A memcg OOM's report without {@code show_mem}'s LRU and swap lines. */
        public OomKill(long time, String task, String victim, Gfp gfp, int order, long points, long rssPages,
                       long freePages, long reclaimablePages, long minPages, String constraint, String reason,
                       String oomMemcg) {
            this(time, task, victim, gfp, order, points, rssPages, freePages, reclaimablePages, minPages, constraint,
                    reason, -1, -1, -1, oomMemcg);
        }

        /**
         * {@code zone_reclaimable_pages} from {@code show_mem}'s lines: the file LRU, plus the anon LRU while swap has
         * free slots ({@code can_reclaim_anon_pages}); the kernel's own {@code reclaimablePages} figure when the lines
         * are not known.
         */
        public long zoneReclaimablePages() {
            if (filePages < 0 || anonPages < 0 || freeSwapPages < 0) {
                return reclaimablePages;
            }
            return filePages + (freeSwapPages > 0 ? anonPages : 0);
        }

        public String detail() {
            String base = "mark_victim " + victim + " gfp_mask=" + gfp;
            if (order < 0) {
                return base;
            }
            return base + " order=" + order + " points=" + points + " anon-rss=" + rssPages + " free=" + freePages
                    + " reclaimable=" + reclaimablePages + " min=" + minPages
                    + (filePages < 0 ? "" : " anon=" + anonPages + " file=" + filePages + " free_swap=" + freeSwapPages)
                    + " " + constraint + (oomMemcg == null ? "" : " oom_memcg=" + oomMemcg) + ": " + reason;
        }
    }

    /** {@code signal_generate}: {@code task} sends {@code signal} (e.g. {@code SIGKILL}) to {@code target}. */
    record SignalSent(long time, String task, String target, String signal) implements TraceEvent {
        public String detail() {
            return "signal_generate sig=" + signal + " comm=" + target;
        }
    }

    /**
     * {@code oom_reaper}: it reaped {@code victim}'s anonymous memory ({@code pages} freed), or, {@code reaped}
     * false, gave up after its mmap_lock attempts ({@code unable to reap}) and set MMF_OOM_SKIP.
     */
    record OomReaped(long time, String task, String victim, long pages, boolean reaped) implements TraceEvent {
        public String detail() {
            return reaped ? "oom_reaper: reaped process " + victim + ", freed " + pages + " pages"
                    : "oom_reaper: unable to reap " + victim + ", MMF_OOM_SKIP";
        }
    }

    /** {@code exit_mmap}: the exiting {@code task}'s mm returned {@code pages} resident pages. */
    record ExitMmap(long time, String task, long pages) implements TraceEvent {
        public String detail() {
            return "exit_mmap rss=" + pages;
        }
    }

    /**
     * {@code workqueue}: a pool of {@code workqueue} could not create a worker within the mayday timeout and sent a
     * mayday to its rescuer, or ({@code rescued} false) has no rescuer and waits the creation cool-down.
     */
    record WorkqueueMayday(long time, String task, String workqueue, boolean rescued) implements TraceEvent {
        public String detail() {
            return rescued ? "workqueue_mayday " + workqueue + ": rescuer summoned"
                    : "workqueue_create_worker " + workqueue + ": failed, no rescuer (!WQ_MEM_RECLAIM)";
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

    /**
     * {@code folio_end_writeback}: writeback of the folio ended; {@code reclaim} if it carried {@code PG_reclaim} then
     * (reclaim tagged it for immediate reclaim, K-VMSCAN-7), rendered as {@code PG_reclaim}.
     */
    record WritebackEnd(long time, String task, String mapping, long index, boolean reclaim) implements TraceEvent {
        /** Writeback ended on a folio reclaim had not tagged. */
        public WritebackEnd(long time, String task, String mapping, long index) {
            this(time, task, mapping, index, false);
        }

        public String detail() {
            return "folio_end_writeback " + mapping + " index=" + index + (reclaim ? " PG_reclaim" : "");
        }
    }

    /**
     * {@code mm_filemap_delete_from_page_cache}: a folio of {@code mapping} left the page cache ({@code
     * __filemap_remove_folio}), e.g. freed by reclaim's {@code __remove_mapping}.
     */
    record FilemapDelete(long time, String task, String mapping, long index) implements TraceEvent {
        public String detail() {
            return "mm_filemap_delete_from_page_cache " + mapping + " index=" + index;
        }
    }

    /**
     * {@code swap_writepage} (vmstat {@code pswpout}): reclaim in {@code task} writes the anon folio of
     * {@code owner} to slot {@code slot} of swap device {@code device}; the write bio follows.
     */
    record SwapOut(long time, String task, String device, long slot, String owner) implements TraceEvent {
        public String detail() {
            return "swap_writepage dev=" + device + " slot=" + slot + " owner=" + owner;
        }
    }

    // ---- memory cgroups (mm/memcontrol.c, kernel/cgroup/cgroup.c, mm/vmscan.c) -------------------------------

    /** {@code cgroup:cgroup_attach_task}: {@code task} moved into the cgroup {@code memcg} (a path, {@code /} the root). */
    record MemcgAttach(long time, String task, String memcg) implements TraceEvent {
        public String detail() {
            return "cgroup_attach_task dst_path=" + memcg + " comm=" + task;
        }
    }

    /**
     * {@code try_charge_memcg} found {@code memcg} at its {@code memory.max} (its {@code MEMCG_MAX} event): the charge
     * of {@code nrPages} for a request of {@code task} with the scoped mask {@code gfp} takes the slow path.
     */
    record MemcgChargeBegin(long time, String task, String memcg, Gfp gfp, long nrPages) implements TraceEvent {
        public String detail() {
            return "memcg_memory_event MEMCG_MAX memcg=" + memcg + " nr_pages=" + nrPages + " gfp_mask=" + gfp;
        }
    }

    /**
     * The end of {@code try_charge_memcg}'s slow path: {@code result} is {@code charged}, {@code force} (over the
     * limit: PF_MEMALLOC, __GFP_NOFAIL or __GFP_HIGH) or {@code -ENOMEM}.
     */
    record MemcgChargeEnd(long time, String task, String memcg, String result) implements TraceEvent {
        public String detail() {
            return "try_charge_memcg memcg=" + memcg + " ret=" + result;
        }
    }

    /**
     * {@code memcg_memory_event(memcg, MEMCG_OOM)} in {@code mem_cgroup_oom}: {@code task}'s charge of
     * {@code memcg} exhausted memcg reclaim and invokes the memcg OOM killer for a request with the scoped mask
     * {@code gfp}, with the memcg's usage and limit in pages (the OOM report's {@code memory: usage ..., limit ...}
     * line); a kill follows as {@code oom:mark_victim} with CONSTRAINT_MEMCG.
     */
    record MemcgOom(long time, String task, String memcg, Gfp gfp, int order, long usagePages, long maxPages)
            implements TraceEvent {
        public String detail() {
            return "memcg_memory_event MEMCG_OOM memcg=" + memcg + " order=" + order + " gfp_mask=" + gfp
                    + " usage=" + usagePages + " limit=" + maxPages;
        }
    }

    /** {@code mm_vmscan_memcg_reclaim_begin}: {@code try_to_free_mem_cgroup_pages} of {@code memcg} with {@code gfp}. */
    record MemcgReclaimBegin(long time, String task, String memcg, Gfp gfp, int order) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_memcg_reclaim_begin memcg=" + memcg + " order=" + order + " gfp_flags=" + gfp;
        }
    }

    record MemcgReclaimEnd(long time, String task, String memcg, long nrReclaimed) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_memcg_reclaim_end memcg=" + memcg + " nr_reclaimed=" + nrReclaimed;
        }
    }

    /** {@code swap_read_folio} (vmstat {@code pswpin}): {@code task} faults slot {@code slot} back in. */
    record SwapIn(long time, String task, String device, long slot) implements TraceEvent {
        public String detail() {
            return "swap_read_folio dev=" + device + " slot=" + slot;
        }
    }

    record BioSubmitted(long time, String task, long bio, String device, String op, long sector) implements TraceEvent {
        public String detail() {
            return "block_bio_queue #" + bio + " dev=" + device + " " + op + " sector=" + sector;
        }
    }

    /**
     * {@code task} is who ran {@code bio_endio()}: a device worker's comm, or {@code softirq}; a stacked device's bio
     * completes in the context that completed the bio below it.
     */
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
    // ---- LRU reclaim and writeback (mm/vmscan.c, mm/page-writeback.c, fs/fs-writeback.c) ----------

    /**
     * {@code mm_vmscan_lru_shrink_inactive}: one {@code shrink_inactive_list} pass of a reclaimer, with the counts of
     * {@code struct reclaim_stat} ({@code nr_dirty}: dirty or under writeback; {@code nr_writeback}: under writeback,
     * tagged PG_reclaim; {@code nr_congested}: under writeback with PG_reclaim already set; {@code nr_immediate}:
     * kswapd met PG_reclaim on a PGDAT_WRITEBACK node), {@code nr_unqueued_dirty} (dirty, not under writeback), the
     * folios activated and the scan priority.
     */
    record LruShrinkInactive(long time, String task, int nid, long nrScanned, long nrReclaimed, long nrDirty,
                             long nrUnqueuedDirty, long nrWriteback, long nrCongested, long nrImmediate,
                             int nrActivateAnon, int nrActivateFile, long nrRefKeep, int priority, boolean file)
            implements TraceEvent {
        public String detail() {
            return "mm_vmscan_lru_shrink_inactive nid=" + nid + " nr_scanned=" + nrScanned + " nr_reclaimed="
                    + nrReclaimed + " nr_dirty=" + nrDirty + " nr_unqueued_dirty=" + nrUnqueuedDirty
                    + " nr_writeback=" + nrWriteback + " nr_congested=" + nrCongested + " nr_immediate="
                    + nrImmediate + " nr_activate_anon=" + nrActivateAnon + " nr_activate_file=" + nrActivateFile
                    + " nr_ref_keep=" + nrRefKeep + " priority=" + priority + " flags="
                    + (file ? "RECLAIM_WB_FILE" : "RECLAIM_WB_ANON") + "|RECLAIM_WB_ASYNC";
        }
    }

    /** {@code mm_vmscan_lru_shrink_active}: folios taken off an active list, re-activated and deactivated. */
    record LruShrinkActive(long time, String task, int nid, long nrTaken, long nrActive, long nrDeactivated,
                           long nrReferenced, int priority, boolean file) implements TraceEvent {
        public String detail() {
            return "mm_vmscan_lru_shrink_active nid=" + nid + " nr_taken=" + nrTaken + " nr_active=" + nrActive
                    + " nr_deactivated=" + nrDeactivated + " nr_referenced=" + nrReferenced + " priority=" + priority
                    + " flags=" + (file ? "RECLAIM_WB_FILE" : "RECLAIM_WB_ANON") + "|RECLAIM_WB_ASYNC";
        }
    }

    /**
     * {@code mm_vmscan_throttled}: a {@code reclaim_throttle} sleep ended; {@code reason} is
     * {@code VMSCAN_THROTTLE_WRITEBACK}, {@code _ISOLATED}, {@code _NOPROGRESS} or {@code _CONGESTED}; the sleep began
     * {@code usecDelayed} before this event and could have lasted {@code usecTimeout}.
     */
    record VmscanThrottled(long time, String task, int nid, long usecTimeout, long usecDelayed, String reason)
            implements TraceEvent {
        public String detail() {
            return "mm_vmscan_throttled nid=" + nid + " usec_timeout=" + usecTimeout + " usect_delayed=" + usecDelayed
                    + " reason=" + reason;
        }
    }

    /** {@code writeback_dirty_folio}: a clean folio of {@code mapping} became dirty. */
    record WritebackDirtyFolio(long time, String task, String mapping, long index) implements TraceEvent {
        public String detail() {
            return "writeback_dirty_folio " + mapping + " index=" + index;
        }
    }

    /**
     * The file-page counters of {@code /proc/vmstat} ({@code nr_dirty}, {@code nr_writeback}, {@code nr_dirtied}) of one
     * super block ({@code superBlock}) or of the node (empty): what a machine without per-page tracepoints
     * ({@code MachineSpec.perPageTrace()} false) traces at the entry and exit of {@code sync} and at an OOM kill, in
     * place of its folios' {@code writeback_dirty_folio}, {@code folio_start_writeback} and {@code folio_end_writeback}.
     */
    record Vmstat(long time, String task, String superBlock, long nrDirty, long nrWriteback, long nrDirtied)
            implements TraceEvent {
        public String detail() {
            return "vmstat " + (superBlock.isEmpty() ? "node" : superBlock) + ": nr_dirty=" + nrDirty
                    + " nr_writeback=" + nrWriteback + " nr_dirtied=" + nrDirtied;
        }
    }

    /** {@code writeback_queue}: a writeback request queued for a flusher, e.g. by {@code wakeup_flusher_threads}. */
    record WritebackQueue(long time, String task, String bdi, long nrPages, boolean syncAll, String reason)
            implements TraceEvent {
        public String detail() {
            return "writeback_queue bdi " + bdi + ": nr_pages=" + nrPages + " sync_mode=" + (syncAll ? 1 : 0)
                    + " reason=" + reason;
        }
    }

    /** {@code writeback_start} ({@code start}) or {@code writeback_written}: a flusher's {@code wb_writeback}. */
    record WritebackExec(long time, String task, String bdi, long nrPages, boolean background, String reason,
                         boolean start) implements TraceEvent {
        public String detail() {
            return (start ? "writeback_start" : "writeback_written") + " bdi " + bdi + ": nr_pages=" + nrPages
                    + " background=" + (background ? 1 : 0) + " reason=" + reason;
        }
    }

    /**
     * {@code balance_dirty_pages}: a writer over the freerun ceiling; {@code limit} the dirty threshold,
     * {@code setpoint} the freerun ceiling, {@code dirty} dirty plus writeback pages, {@code pause} ms slept.
     */
    record BalanceDirtyPages(long time, String task, String bdi, long limit, long setpoint, long dirty,
                             long bgThresh, long pause) implements TraceEvent {
        public String detail() {
            return "balance_dirty_pages bdi " + bdi + ": limit=" + limit + " setpoint=" + setpoint + " dirty=" + dirty
                    + " bg_thresh=" + bgThresh + " pause=" + pause;
        }
    }
}
