package org.reclaimtck.tck.oracles.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * What the trace says about one task so far, as {@code struct task_struct} would hold it: its {@code PF_*} flags
 * (set for life, e.g. kswapd's {@code PF_MEMALLOC | PF_KSWAPD}, and those of its open {@code memalloc_*_save}
 * scopes), the locks it holds, the reclaim contexts it is in, its allocations in flight, its wait, and whether it
 * exited. Read-only outside this package; {@link TraceModel} updates it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TaskModel {
    private final String comm;
    private final EnumSet<PfFlag> taskFlags = EnumSet.noneOf(PfFlag.class);
    private final List<String> scopes = new ArrayList<>();
    private final List<HeldLock> held = new ArrayList<>();
    private final List<ReclaimContext> reclaim = new ArrayList<>();
    private final List<TraceEvent.AllocRequested> allocs = new ArrayList<>();
    private TraceEvent.WaitBegin waiting;
    private boolean exited;

    TaskModel(String comm) {
        this.comm = comm;
    }

    public String comm() {
        return comm;
    }

    /** Every {@code PF_*} flag the task has now: its own and those of its open scopes. */
    public Set<PfFlag> flags() {
        EnumSet<PfFlag> all = EnumSet.copyOf(taskFlags);
        for (String s : scopes) {
            PfFlags.parse(s).ifPresent(all::add);
        }
        return Collections.unmodifiableSet(all);
    }

    public boolean has(PfFlag flag) {
        return taskFlags.contains(flag) || scopes.contains(flag.name());
    }

    /** kswapd is the task with {@code PF_KSWAPD}, whatever its comm. */
    public boolean kswapd() {
        return has(PfFlag.PF_KSWAPD);
    }

    /** The flags of the open {@code memalloc_*_save} scopes, oldest first, as the trace names them. */
    public List<String> scopes() {
        return Collections.unmodifiableList(scopes);
    }

    /** Held locks in acquisition order (transactions included). */
    public List<HeldLock> held() {
        return Collections.unmodifiableList(held);
    }

    /** The held transactions' objects, in acquisition order. */
    public List<String> transactions() {
        return held.stream().filter(HeldLock::transaction).map(HeldLock::object).toList();
    }

    /** The reclaim contexts the task is in, outermost first. */
    public List<ReclaimContext> reclaim() {
        return Collections.unmodifiableList(reclaim);
    }

    /** The innermost reclaim context, if in one. */
    public Optional<ReclaimContext> innermostReclaim() {
        return reclaim.isEmpty() ? Optional.empty() : Optional.of(reclaim.get(reclaim.size() - 1));
    }

    /** The allocation in flight (the innermost, if one nests in reclaim), if any. */
    public Optional<TraceEvent.AllocRequested> allocation() {
        return allocs.isEmpty() ? Optional.empty() : Optional.of(allocs.get(allocs.size() - 1));
    }

    /** Allocations in flight, outermost first. */
    public List<TraceEvent.AllocRequested> allocations() {
        return Collections.unmodifiableList(allocs);
    }

    /** The wait the task is in (its last WaitBegin not yet ended by a wakeup, a lock or exit), if any. */
    public Optional<TraceEvent.WaitBegin> waiting() {
        return Optional.ofNullable(waiting);
    }

    public boolean exited() {
        return exited;
    }

    /** Waiting and not exited. */
    public boolean blocked() {
        return waiting != null && !exited;
    }

    /** {@code PF_MEMALLOC_NOFS gfp=GFP_NOFS}: open scopes and the allocation in flight, as wait edges show it. */
    public String context() {
        StringBuilder sb = new StringBuilder(String.join(" ", scopes));
        allocation().ifPresent(a -> sb.append(sb.length() == 0 ? "" : " ").append("gfp=").append(a.effectiveGfp()));
        return sb.toString();
    }

    /** Held locks as wait edges show them: one per object, in order. */
    public List<String> heldDescriptions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (HeldLock h : held) {
            out.put(h.object(), h.describe());
        }
        return new ArrayList<>(out.values());
    }

    // ---- updates, by TraceModel only ----

    void flag(String name, boolean set) {
        PfFlags.parse(name).ifPresent(f -> {
            if (set) {
                taskFlags.add(f);
            } else {
                taskFlags.remove(f);
            }
        });
    }

    void scopeSaved(String flag) {
        scopes.add(flag);
    }

    void scopeRestored(String flag) {
        int i = scopes.lastIndexOf(flag);
        if (i >= 0) {
            scopes.remove(i);
        }
    }

    void acquired(TraceEvent.LockAcquired a) {
        waiting = null;
        held.add(new HeldLock(a.kind(), a.object(), a.lockClass(), a));
    }

    void released(String object) {
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i).object().equals(object)) {
                held.remove(i);
                return;
            }
        }
    }

    void enterReclaim(ReclaimContext c) {
        reclaim.add(c);
    }

    void leaveReclaim() {
        if (!reclaim.isEmpty()) {
            reclaim.remove(reclaim.size() - 1);
        }
    }

    void allocRequested(TraceEvent.AllocRequested a) {
        allocs.add(a);
    }

    void allocReturned() {
        if (!allocs.isEmpty()) {
            allocs.remove(allocs.size() - 1);
        }
    }

    void waitBegin(TraceEvent.WaitBegin w) {
        waiting = w;
    }

    void woken() {
        waiting = null;
    }

    void exit() {
        exited = true;
        waiting = null;
        reclaim.clear();
        allocs.clear();
    }
}
