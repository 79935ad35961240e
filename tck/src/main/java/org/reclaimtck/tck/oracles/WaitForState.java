package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;

/**
 * The wait-for state at the end of a run, read from the shared {@link TraceModel} (TaskSpawned, WaitBegin, Woken,
 * LockAcquired, LockReleased, TaskExited, scope and allocation events): who is blocked, on what, holding what,
 * and whose progress would wake it. Independent of the provider's own report, so it can contradict it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WaitForState {
    private final TraceModel model;

    private WaitForState(TraceModel model) {
        this.model = model;
    }

    /** Replays {@code trace} and returns the state after its last event. */
    public static WaitForState replay(List<TraceEvent> trace) {
        return new WaitForState(TraceModel.replay(trace));
    }

    /** The wait-for state of an already replayed model. */
    public static WaitForState of(TraceModel model) {
        return new WaitForState(model);
    }

    /** Every task the trace names, in order of first appearance. */
    public List<String> tasks() {
        return model.tasks().stream().map(TaskModel::comm).toList();
    }

    /** True if the trace shows {@code comm} exited. */
    public boolean exited(String comm) {
        return model.task(comm).map(TaskModel::exited).orElse(false);
    }

    /** The blocked task's wait edge, if {@code comm} is blocked at the end of the trace (idle waits included). */
    public Optional<WaitEdge> waitOf(String comm) {
        return model.waitEdge(comm);
    }

    /** Every task blocked at the end, idle kthreads excluded, as wait edges in order of first appearance. */
    public List<WaitEdge> blocked() {
        List<WaitEdge> out = new ArrayList<>();
        for (TaskModel t : model.tasks()) {
            if (t.blocked() && !t.waiting().orElseThrow().idle()) {
                model.waitEdge(t.comm()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Every distinct wait-for cycle among blocked tasks, each as its edges in wait order. */
    public List<List<WaitEdge>> cycles() {
        return CycleFinder.cycles(blocked());
    }

    static boolean isLock(WaitKind kind) {
        return kind == WaitKind.MUTEX || kind == WaitKind.RWSEM_READ || kind == WaitKind.RWSEM_WRITE;
    }
}
