package org.reclaimtck.tck.oracles.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The one replay of a trace every oracle reads: a {@link TaskModel} per task (PF flags from {@code TaskSpawned},
 * {@code TaskFlagChanged} and scopes, held locks, reclaim contexts, allocations, waits, exit) and the owners of
 * every lock. {@link #replay} gives the state after the last event; {@link #walk} replays once for any number of
 * {@link TraceVisitor}s that need the state at each event.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TraceModel {
    private final Map<String, TaskModel> tasks = new LinkedHashMap<>();
    private final Map<String, Set<String>> owners = new LinkedHashMap<>();

    private TraceModel() {
    }

    /** The state after the last event of {@code result}'s trace. */
    public static TraceModel replay(RunResult result) {
        return walk(result.trace());
    }

    /** The state after the last event of {@code trace}. */
    public static TraceModel replay(List<TraceEvent> trace) {
        return walk(trace);
    }

    /** Replays {@code trace} once, showing every event to each visitor before and after it is applied. */
    public static TraceModel walk(List<TraceEvent> trace, TraceVisitor... visitors) {
        TraceModel m = new TraceModel();
        for (int i = 0; i < trace.size(); i++) {
            TraceEvent e = trace.get(i);
            for (TraceVisitor v : visitors) {
                v.before(i, e, m);
            }
            m.apply(e);
            for (TraceVisitor v : visitors) {
                v.after(i, e, m);
            }
        }
        return m;
    }

    /** Every task the trace names (spawned children and event tasks), in order of first appearance. */
    public List<TaskModel> tasks() {
        return new ArrayList<>(tasks.values());
    }

    public Optional<TaskModel> task(String comm) {
        return Optional.ofNullable(tasks.get(comm));
    }

    /** The task an event happened in, as it was before the event if called from {@link TraceVisitor#before}. */
    public TaskModel taskOf(TraceEvent e) {
        return tasks.computeIfAbsent(e.task(), TaskModel::new);
    }

    /** Who holds lock {@code object} now, as the lock events show; empty if the trace never showed it taken. */
    public Optional<Set<String>> owners(String object) {
        return Optional.ofNullable(owners.get(object)).map(LinkedHashSet::new);
    }

    /** {@code comm}'s wait as a wait edge, if it is blocked now (idle waits included). */
    public Optional<WaitEdge> waitEdge(String comm) {
        TaskModel t = tasks.get(comm);
        return t == null || !t.blocked() ? Optional.empty() : Optional.of(edge(t));
    }

    /**
     * A lock's waiters wait for its owners as the trace's lock events show them; for a lock the trace never showed
     * taken, for the holders the wait event names. Other waits: the wakers the wait event names.
     */
    private WaitEdge edge(TaskModel t) {
        TraceEvent.WaitBegin w = t.waiting().orElseThrow();
        List<String> waitsFor = new ArrayList<>(w.holders());
        if (w.isLock() && owners.containsKey(w.object())) {
            waitsFor = new ArrayList<>(owners.get(w.object()));
        }
        return new WaitEdge(t.comm(), t.context(), t.heldDescriptions(), w.kind(), w.object(), w.lockClass(),
                waitsFor);
    }

    private void apply(TraceEvent e) {
        if (e instanceof TraceEvent.TaskSpawned s) {
            spawned(s);
            return;
        }
        TaskModel t = taskOf(e);
        if (e instanceof TraceEvent.TaskFlagChanged f) {
            t.flag(f.flag(), f.set());
        } else if (e instanceof TraceEvent.ScopeSaved s) {
            t.scopeSaved(s.flag());
        } else if (e instanceof TraceEvent.ScopeRestored r) {
            t.scopeRestored(r.flag());
        } else if (e instanceof TraceEvent.WaitBegin w) {
            t.waitBegin(w);
        } else if (e instanceof TraceEvent.Woken) {
            t.woken();
        } else if (e instanceof TraceEvent.LockAcquired a) {
            t.acquired(a);
            owners.computeIfAbsent(a.object(), k -> new LinkedHashSet<>()).add(t.comm());
        } else if (e instanceof TraceEvent.LockReleased r) {
            t.released(r.object());
            Set<String> o = owners.get(r.object());
            if (o != null) {
                o.remove(t.comm());
            }
        } else if (e instanceof TraceEvent.DirectReclaimBegin d) {
            t.enterReclaim(ReclaimContext.of(d));
        } else if (e instanceof TraceEvent.MemcgReclaimBegin m) {
            t.enterReclaim(ReclaimContext.of(m));
        } else if (e instanceof TraceEvent.ShrinkerScanBegin s) {
            t.enterReclaim(ReclaimContext.of(s));
        } else if (e instanceof TraceEvent.DirectReclaimEnd || e instanceof TraceEvent.MemcgReclaimEnd
                || e instanceof TraceEvent.ShrinkerScanEnd) {
            t.leaveReclaim();
        } else if (e instanceof TraceEvent.AllocRequested a) {
            t.allocRequested(a);
        } else if (e instanceof TraceEvent.AllocReturned) {
            t.allocReturned();
        } else if (e instanceof TraceEvent.TaskExited) {
            t.exit();
        }
    }

    /** A new task; a comm that exited and is spawned again is a new task ({@code kthread_run} marks PF_KTHREAD). */
    private void spawned(TraceEvent.TaskSpawned s) {
        TaskModel old = tasks.get(s.child());
        TaskModel child = old == null || old.exited() ? new TaskModel(s.child()) : old;
        tasks.put(s.child(), child);
        if (s.kthread()) {
            child.flag(org.reclaimtck.spi.task.PfFlag.PF_KTHREAD.name(), true);
        }
    }
}
