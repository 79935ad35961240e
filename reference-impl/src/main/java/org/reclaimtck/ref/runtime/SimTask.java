package org.reclaimtck.ref.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.NofsContext;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.task.ScopeOrderViolation;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A simulated task and its allocation context: models {@code struct task_struct}
 * ({@code include/linux/sched.h}) with {@code memalloc_*_save/restore} and {@code current_gfp_context}
 * of {@code include/linux/sched/mm.h} (K-SCOPE-1, K-SCOPE-2).
 */
public final class SimTask implements Task {
    enum State { RUNNABLE, BLOCKED, EXITED }

    private final Sim sim;
    private final int pid;
    private final String comm;
    private final EnumSet<PfFlag> flags = EnumSet.noneOf(PfFlag.class);
    private final ArrayDeque<SimScope> scopes = new ArrayDeque<>();
    final Runnable body;
    final List<HeldLock> held = new ArrayList<>();
    Thread thread;
    boolean started;
    State state = State.RUNNABLE;
    BlockInfo blockedOn;
    long blockedSince;
    /** Set by the waker: why the task was woken ({@code timeout} for timer expiry). */
    String wokenBy;
    /** Rank for the PCT strategy. */
    long schedRank;
    boolean shouldStop;
    /** Running a work item of a WQ_MEM_RECLAIM workqueue (for {@code check_flush_dependency}). */
    boolean runningReclaimWork;
    /** SIGKILL pending ({@code fatal_signal_pending}). */
    boolean sigkill;
    Object journalInfo;
    /** The gfp mask of the allocation the task is inside, for reports; null outside allocations. */
    Gfp allocGfp;
    /** The caller's own mask of that allocation, before {@code current_gfp_context}; null outside allocations. */
    Gfp allocCallerGfp;
    final SimWaitQueue exitWait;

    SimTask(Sim sim, int pid, String comm, boolean kthread, Runnable body) {
        this.sim = sim;
        this.pid = pid;
        this.comm = comm;
        this.body = body;
        if (kthread) {
            flags.add(PfFlag.PF_KTHREAD);
        }
        this.exitWait = new SimWaitQueue(sim, comm + "->vfork_done");
    }

    @Override
    public String comm() {
        return comm;
    }

    @Override
    public int pid() {
        return pid;
    }

    @Override
    public Set<PfFlag> flags() {
        return Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    boolean has(PfFlag flag) {
        return flags.contains(flag);
    }

    /** Sets a flag outside a scope, e.g. {@code PF_KSWAPD} for the task's life; traced. */
    @Override
    public void setFlag(PfFlag flag) {
        if (flags.add(flag)) {
            sim.trace(new TraceEvent.TaskFlagChanged(sim.now(), comm, flag.name(), true));
        }
    }

    @Override
    public void clearFlag(PfFlag flag) {
        if (flags.remove(flag)) {
            sim.trace(new TraceEvent.TaskFlagChanged(sim.now(), comm, flag.name(), false));
        }
    }

    @Override
    public MemallocScope memallocNofsSave() {
        return save(PfFlag.PF_MEMALLOC_NOFS, "memalloc_nofs_save", null);
    }

    /**
     * The per-superblock NOFS proposal's {@code memalloc_nofs_save(ctx)}: under {@code gfp-policy:per-sb-nofs} the
     * scope carries {@code ctx} (traced as {@code sb=A depth=0}); under every other policy it is the kernel's.
     */
    @Override
    public MemallocScope memallocNofsSave(NofsContext ctx) {
        return save(PfFlag.PF_MEMALLOC_NOFS, "memalloc_nofs_save",
                sim.gfpContext().perSuperblockNofs() ? java.util.Objects.requireNonNull(ctx) : null);
    }

    @Override
    public MemallocScope memallocNoioSave() {
        return save(PfFlag.PF_MEMALLOC_NOIO, "memalloc_noio_save", null);
    }

    @Override
    public MemallocScope memallocNoreclaimSave() {
        return save(PfFlag.PF_MEMALLOC, "memalloc_noreclaim_save", null);
    }

    @Override
    public MemallocScope memallocPinSave() {
        return save(PfFlag.PF_MEMALLOC_PIN, "memalloc_pin_save", null);
    }

    /** {@code memalloc_nofail_save()}: a no-op scope, traced as ignored, unless {@code gfp-policy:nofail-scope}. */
    @Override
    public MemallocScope memallocNofailSave() {
        return save(PfFlag.PF_MEMALLOC_NOFAIL, "memalloc_nofail_save", null);
    }

    /** {@code memalloc_nowait_save()}: a no-op scope, traced as ignored, unless {@code gfp-policy:nowait-scope}. */
    @Override
    public MemallocScope memallocNowaitSave() {
        return save(PfFlag.PF_MEMALLOC_NOWAIT, "memalloc_nowait_save", null);
    }

    private MemallocScope save(PfFlag flag, String name, NofsContext ctx) {
        sim.checkCaller(this, name);
        String site = CallSite.caller();
        GfpContext policy = sim.gfpContext();
        boolean exists = policy.implementsScope(flag);
        SimScope scope = new SimScope(this, flag, name, site, exists && flags.add(flag), ctx);
        scopes.push(scope);
        String context = !exists ? "ignored: no such scope under gfp-policy " + policy + " (select gfp-policy:"
                + GfpContext.policyOf(flag) + ")" : ctx == null ? null : ctx.toString();
        sim.trace(new TraceEvent.ScopeSaved(sim.now(), comm, flag.name(), site, context));
        return scope;
    }

    /** The open per-superblock NOFS scopes' contexts, innermost first (empty outside the per-superblock policy). */
    public List<NofsContext> nofsContexts() {
        List<NofsContext> out = new ArrayList<>();
        for (SimScope s : scopes) {
            if (s.nofsContext != null) {
                out.add(s.nofsContext);
            }
        }
        return out;
    }

    /** True if a NOFS or NOIO scope without a superblock is open: NOFS for every filesystem. */
    public boolean globalNofsScope() {
        for (SimScope s : scopes) {
            if ((s.flag() == PfFlag.PF_MEMALLOC_NOFS && s.nofsContext == null) || s.flag() == PfFlag.PF_MEMALLOC_NOIO) {
                return true;
            }
        }
        return flags.contains(PfFlag.PF_MEMALLOC_NOIO);
    }

    void restore(SimScope scope) {
        String site = CallSite.caller();
        if (scope.restored) {
            throw violation(scope.restoreName() + "() at " + site + " restores " + scope + " a second time", site, scope);
        }
        SimScope innermost = scopes.peek();
        if (innermost != scope) {
            throw violation(scope.restoreName() + "() at " + site + " restores " + scope
                    + " out of order: the innermost open scope is " + innermost
                    + ", which must be restored first (K-SCOPE-1)", site, innermost);
        }
        scopes.pop();
        scope.restored = true;
        if (scope.newlySet) {
            flags.remove(scope.flag());
        }
        sim.trace(new TraceEvent.ScopeRestored(sim.now(), comm, scope.flag().name(), site));
    }

    private ScopeOrderViolation violation(String message, String site, SimScope innermost) {
        sim.trace(new TraceEvent.Warning(sim.now(), comm, "scope-restore-order", message));
        return new ScopeOrderViolation(message, site, innermost == null ? "none" : innermost.savedAt());
    }

    @Override
    public Gfp currentGfpContext(Gfp gfp) {
        return sim.gfpContext().currentGfpContext(flags, gfp);
    }

    @Override
    public Object journalInfo() {
        return journalInfo;
    }

    @Override
    public void setJournalInfo(Object transaction) {
        this.journalInfo = transaction;
    }

    /** Records the allocation the task is inside (for wait-for reports); null when it leaves. */
    public void setAllocGfp(Gfp gfp) {
        this.allocGfp = gfp;
    }

    /** Records the caller's own mask of the allocation the task is inside; null when it leaves. */
    public void setAllocCallerGfp(Gfp gfp) {
        this.allocCallerGfp = gfp;
    }

    /** The caller's own mask of the allocation the task is inside (before its scopes), or null. */
    public Gfp allocCallerGfp() {
        return allocCallerGfp;
    }

    /** {@code PF_MEMALLOC*} flags and the in-flight allocation, e.g. {@code PF_MEMALLOC_NOFS gfp=GFP_NOFS}. */
    String context() {
        StringBuilder sb = new StringBuilder();
        for (PfFlag f : flags) {
            if (f != PfFlag.PF_KTHREAD && f != PfFlag.PF_WQ_WORKER) {
                sb.append(sb.length() == 0 ? "" : " ").append(f.name());
            }
        }
        if (allocGfp != null) {
            sb.append(sb.length() == 0 ? "" : " ").append("in alloc gfp=").append(allocGfp);
        }
        return sb.toString();
    }

    /** The locks and transactions held now, rendered as reports show them. */
    public List<String> heldLocks() {
        return heldNames();
    }

    /** The gfp mask of the allocation the task is inside, or null. */
    public Gfp allocGfp() {
        return allocGfp;
    }

    /** {@code fatal_signal_pending(task)}. */
    public boolean fatalSignalPending() {
        return sigkill;
    }

    /** True once the task has exited. */
    public boolean exited() {
        return state == State.EXITED;
    }

    /** True if the task sleeps now in an uninterruptible (not killable, not idle) wait. */
    public boolean inUninterruptibleWait() {
        return state == State.BLOCKED && !blockedOn.killable && !blockedOn.idle;
    }

    /** True if the task has the flag now. */
    public boolean hasFlag(PfFlag flag) {
        return flags.contains(flag);
    }

    List<String> heldNames() {
        List<String> names = new ArrayList<>(held.size());
        for (HeldLock h : held) {
            names.add(h.render());
        }
        return names;
    }

    @Override
    public String toString() {
        return comm + ":" + pid;
    }
}
