package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * The wait-for state at the end of a run, rebuilt from the trace alone (TaskSpawned, WaitBegin, Woken,
 * LockAcquired, LockReleased, TaskExited, scope and allocation events): who is blocked, on what, holding what,
 * and whose progress would wake it. Independent of the provider's own report, so it can contradict it.
 */
public final class WaitForState {
    private final Map<String, TaskTrack> tasks;
    private final Map<String, Set<String>> owners;

    private WaitForState(Map<String, TaskTrack> tasks, Map<String, Set<String>> owners) {
        this.tasks = tasks;
        this.owners = owners;
    }

    /** Replays {@code trace} and returns the state after its last event. */
    public static WaitForState replay(List<TraceEvent> trace) {
        Map<String, TaskTrack> tasks = new LinkedHashMap<>();
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        for (TraceEvent e : trace) {
            apply(e, tasks, owners);
        }
        return new WaitForState(tasks, owners);
    }

    private static void apply(TraceEvent e, Map<String, TaskTrack> tasks, Map<String, Set<String>> owners) {
        if (e instanceof TraceEvent.TaskSpawned s) {
            tasks.computeIfAbsent(s.child(), TaskTrack::new);
            return;
        }
        TaskTrack t = tasks.computeIfAbsent(e.task(), TaskTrack::new);
        if (e instanceof TraceEvent.WaitBegin w) {
            t.waiting = w;
        } else if (e instanceof TraceEvent.Woken) {
            t.waiting = null;
        } else if (e instanceof TraceEvent.LockAcquired a) {
            t.waiting = null;
            t.held.put(a.object(), a.kind().label() + " " + a.object()
                    + (a.lockClass().equals(a.object()) ? "" : " (class " + a.lockClass() + ")"));
            owners.computeIfAbsent(a.object(), k -> new LinkedHashSet<>()).add(t.comm);
        } else if (e instanceof TraceEvent.LockReleased r) {
            t.held.remove(r.object());
            Set<String> o = owners.get(r.object());
            if (o != null) {
                o.remove(t.comm);
            }
        } else if (e instanceof TraceEvent.TaskExited) {
            t.exited = true;
            t.waiting = null;
        } else if (e instanceof TraceEvent.ScopeSaved s) {
            t.scopes.add(s.flag());
        } else if (e instanceof TraceEvent.ScopeRestored r) {
            int i = t.scopes.lastIndexOf(r.flag());
            if (i >= 0) {
                t.scopes.remove(i);
            }
        } else if (e instanceof TraceEvent.AllocRequested a) {
            t.allocGfp = a.effectiveGfp();
        } else if (e instanceof TraceEvent.AllocReturned) {
            t.allocGfp = null;
        }
    }

    /** Every task the trace names, in order of first appearance. */
    public List<String> tasks() {
        return new ArrayList<>(tasks.keySet());
    }

    /** True if the trace shows {@code comm} exited. */
    public boolean exited(String comm) {
        TaskTrack t = tasks.get(comm);
        return t != null && t.exited;
    }

    /** The blocked task's wait edge, if {@code comm} is blocked at the end of the trace (idle waits included). */
    public Optional<WaitEdge> waitOf(String comm) {
        TaskTrack t = tasks.get(comm);
        return t == null || !t.blocked() ? Optional.empty() : Optional.of(edge(t));
    }

    /** Every task blocked at the end, idle kthreads excluded, as wait edges in order of first appearance. */
    public List<WaitEdge> blocked() {
        List<WaitEdge> out = new ArrayList<>();
        for (TaskTrack t : tasks.values()) {
            if (t.blocked() && !t.waiting.idle()) {
                out.add(edge(t));
            }
        }
        return out;
    }

    /** Every distinct wait-for cycle among blocked tasks, each as its edges in wait order. */
    public List<List<WaitEdge>> cycles() {
        return CycleFinder.cycles(blocked());
    }

    /**
     * A lock's waiters wait for its owners as the trace's lock events show them; for a lock the trace never
     * showed taken, for the holders the wait event names. Other waits: the wakers the wait event names.
     */
    private WaitEdge edge(TaskTrack t) {
        TraceEvent.WaitBegin w = t.waiting;
        List<String> waitsFor = new ArrayList<>(w.holders());
        if (isLock(w.kind()) && owners.containsKey(w.object())) {
            waitsFor = new ArrayList<>(owners.get(w.object()));
        }
        return new WaitEdge(t.comm, t.context(), new ArrayList<>(t.held.values()), w.kind(), w.object(),
                w.lockClass(), waitsFor);
    }

    static boolean isLock(WaitKind kind) {
        return kind == WaitKind.MUTEX || kind == WaitKind.RWSEM_READ || kind == WaitKind.RWSEM_WRITE;
    }
}
