package org.reclaimtck.tck.oracles.dependency;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.oracles.model.HeldLock;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/**
 * Reads the shared {@link TraceModel} at each event into the dependency graph: models lockdep's {@code __lock_acquire} / {@code check_prev_add}
 * ({@code kernel/locking/lockdep.c}) with {@code fs_reclaim_acquire} ({@code mm/page_alloc.c}) and, where lockdep
 * is blind, completions and bios: waiting for one depends on every class its completer takes before completing it.
 */
final class DependencyTracker implements TraceVisitor {
    private record Submit(int position, TraceEvent.BioSubmitted event) {
    }

    private final DependencyGraph graph = new DependencyGraph();
    private final ReclaimUsage usage = new ReclaimUsage();
    private final Map<String, TaskDeps> tasks = new HashMap<>();
    private final Map<Long, Submit> inflight = new HashMap<>();
    private final java.util.List<RecursiveLocking> recursive = new java.util.ArrayList<>();
    private int pos = -1;
    private TaskModel model;

    DependencyGraph graph() {
        return graph;
    }

    ReclaimUsage usage() {
        return usage;
    }

    /** DEP-4's recursive acquisitions, in trace order, one per (task, class). */
    java.util.List<RecursiveLocking> recursive() {
        return recursive;
    }

    /** Reads the shared model as the event found it: the held locks and reclaim contexts its dependencies start from. */
    @Override
    public void before(int position, TraceEvent e, TraceModel state) {
        pos = position;
        if (e instanceof TraceEvent.TaskSpawned s) {
            tasks.put(s.child(), new TaskDeps(s.child()));
            return;
        }
        model = state.taskOf(e);
        TaskDeps t = tasks.computeIfAbsent(e.task(), TaskDeps::new);
        if (e instanceof TraceEvent.LockAcquired a) {
            acquired(t, a);
        } else if (e instanceof TraceEvent.WaitBegin w) {
            waited(t, w);
        } else if (e instanceof TraceEvent.AllocMightReclaim m) {
            mightAlloc(t, m);
        } else if (e instanceof TraceEvent.DirectReclaimBegin d) {
            enterReclaim(t, d.gfp(), e);
        } else if (e instanceof TraceEvent.MemcgReclaimBegin m) {
            enterReclaim(t, m.gfp(), e);
        } else if (e instanceof TraceEvent.ShrinkerScanBegin s) {
            enterReclaim(t, s.control().gfpMask(), e);
        } else if (e instanceof TraceEvent.BioSubmitted b) {
            inflight.put(b.bio(), new Submit(pos, b));
        } else if (e instanceof TraceEvent.BioCompleted c) {
            bioCompleted(t, c);
        } else if (e instanceof TraceEvent.CompletionDone c) {
            completed(t, c);
        } else if (e instanceof TraceEvent.WorkExecute x && x.start()) {
            t.boundary = pos;
        }
    }

    private void acquired(TaskDeps t, TraceEvent.LockAcquired a) {
        boolean read = a.kind() == LockKind.RWSEM_READ || a.kind() == LockKind.RCU_READ;
        if (!a.trylock() && !a.lockClass().equals(t.pendingAcquire)) {
            attempt(t, a.lockClass(), ClassKind.LOCK, a, read);
        }
        t.pendingAcquire = null;
    }

    private void waited(TaskDeps t, TraceEvent.WaitBegin w) {
        if (w.idle()) {
            t.boundary = pos;
        }
        switch (w.kind()) {
            case MUTEX, RWSEM_READ, RWSEM_WRITE, LOG_SPACE, MEMPOOL -> {
                attempt(t, w.lockClass(), ClassKind.LOCK, w, w.kind() == WaitKind.RWSEM_READ);
                t.pendingAcquire = w.lockClass();
            }
            case BIO -> attempt(t, w.lockClass(), w.lockClass().startsWith(DependencyGraph.BIO_PREFIX)
                    ? ClassKind.BIO : ClassKind.COMPLETION, w, false);
            case COMPLETION -> attempt(t, w.lockClass(), ClassKind.COMPLETION, w, false);
            default -> {
                // wait queues and sleeps: a condition or the clock, not a class
            }
        }
    }

    /** {@code might_alloc()}: takes and drops fs_reclaim with __GFP_FS, io_reclaim with __GFP_IO (K-LOCKDEP-2). */
    private void mightAlloc(TaskDeps t, TraceEvent.AllocMightReclaim m) {
        Gfp gfp = m.effectiveGfp();
        if (gfp.has(Gfp.__GFP_NOLOCKDEP)) {
            return;
        }
        if (gfp.allowsFs()) {
            attempt(t, DependencyGraph.FS_RECLAIM, ClassKind.RECLAIM, m, false);
        }
        if (gfp.allowsIo()) {
            attempt(t, DependencyGraph.IO_RECLAIM, ClassKind.RECLAIM, m, false);
        }
    }

    /** A reclaim context holds fs_reclaim with __GFP_FS, else io_reclaim with __GFP_IO, else nothing. */
    private void enterReclaim(TaskDeps t, Gfp gfp, TraceEvent e) {
        String cls = TaskDeps.reclaimClass(gfp);
        if (cls != null) {
            attempt(t, cls, ClassKind.RECLAIM, e, false);
        }
    }

    /** The task acquires or waits for {@code cls}: an edge from every class it holds, and usage marks. */
    private void attempt(TaskDeps t, String cls, ClassKind kind, TraceEvent e, boolean read) {
        graph.node(cls, kind);
        Map<String, TraceEvent> held = TaskDeps.heldClasses(model);
        int at = pos;
        if (kind == ClassKind.LOCK && held.containsKey(cls)) {
            recursion(cls, read, e, held.get(cls));
        }
        for (Map.Entry<String, TraceEvent> h : held.entrySet()) {
            String from = h.getKey();
            Supplier<Sighting> seen = () -> sighting(at, e, "holding " + String.join(", ", held.keySet()),
                    h.getValue());
            graph.add(from, cls, seen);
            if (kind == ClassKind.LOCK && isReclaim(from)) {
                usage.in(cls, from, read, seen);
            }
        }
        if (kind == ClassKind.RECLAIM) {
            for (HeldLock h : model.held()) {
                usage.on(h.cls(), cls, h.read(), () -> sighting(at, e, "holding " + String.join(", ", held.keySet()),
                        h.at()));
            }
        }
        t.log(pos, cls, e);
    }

    /** Waiting for a bio on {@code dev} depends on what its completer took between submission and completion. */
    private void bioCompleted(TaskDeps completer, TraceEvent.BioCompleted c) {
        Submit s = inflight.remove(c.bio());
        if (s == null) {
            return;
        }
        String cls = DependencyGraph.BIO_PREFIX + c.device();
        graph.node(cls, ClassKind.BIO);
        String via = "completing bio #" + c.bio() + " on " + c.device() + " (submitted at "
                + Sighting.stamp(s.event().time()) + " by " + s.event().task() + ", completed at "
                + Sighting.stamp(c.time()) + " by " + c.task() + ")";
        dependOnCompleter(completer, cls, s.position(), via, s.event());
    }

    /** Waiting for a completion depends on what its completer took since its last work boundary. */
    private void completed(TaskDeps completer, TraceEvent.CompletionDone c) {
        if (c.lockClass().startsWith(DependencyGraph.BIO_PREFIX)) {
            return;
        }
        graph.node(c.lockClass(), ClassKind.COMPLETION);
        int start = Math.max(completer.boundary, completer.lastCompletion.getOrDefault(c.lockClass(), -1));
        String via = "completing " + c.object() + " (" + (c.all() ? "complete_all" : "complete") + " at "
                + Sighting.stamp(c.time()) + " by " + c.task() + ")";
        dependOnCompleter(completer, c.lockClass(), start, via, c);
        completer.lastCompletion.put(c.lockClass(), pos);
    }

    private void dependOnCompleter(TaskDeps completer, String cls, int start, String via, TraceEvent source) {
        for (TaskDeps.Acquired a : completer.since(start)) {
            graph.add(cls, a.cls(), () -> sighting(a.position(), a.event(), via, source));
        }
    }

    /** lockdep's {@code check_deadlock}: the class is held already; a read over a read is allowed. */
    private void recursion(String cls, boolean read, TraceEvent e, TraceEvent first) {
        boolean heldRead = model.held().stream().anyMatch(h -> h.cls().equals(cls) && h.read());
        if (read && heldRead) {
            return;
        }
        LockKind heldKind = model.held().stream().filter(h -> h.cls().equals(cls)).map(HeldLock::kind).findFirst()
                .orElse(LockKind.MUTEX);
        for (RecursiveLocking r : recursive) {
            if (r.lockClass().equals(cls) && r.second().task().equals(e.task())) {
                return;
            }
        }
        recursive.add(new RecursiveLocking(cls, sighting(pos, e, "holding " + cls, first),
                first == null ? "" : first.render(), heldKind));
    }

    private static boolean isReclaim(String cls) {
        return cls.equals(DependencyGraph.FS_RECLAIM) || cls.equals(DependencyGraph.IO_RECLAIM);
    }

    private static Sighting sighting(int position, TraceEvent e, String context, TraceEvent sourceAt) {
        return new Sighting(position, e.time(), e.task(), e.render(), context,
                sourceAt == null ? "" : sourceAt.render());
    }
}
