package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/** A builder of synthetic traces for the dependency oracle's tests: one event per call, 1 ms apart. */
final class DepTrace {
    private final List<TraceEvent> events = new ArrayList<>();
    private long t;

    private DepTrace add(TraceEvent e) {
        events.add(e);
        return this;
    }

    private long now() {
        t += 1_000_000;
        return t;
    }

    /** Spawns tasks; a {@code kswapd<nid>} is a kthread that sets PF_MEMALLOC and PF_KSWAPD for life, as kswapd() does. */
    DepTrace spawn(String... comms) {
        for (String c : comms) {
            boolean kswapd = c.startsWith("kswapd");
            add(new TraceEvent.TaskSpawned(now(), "init", c, kswapd));
            if (kswapd) {
                flag(c, "PF_MEMALLOC", true).flag(c, "PF_KSWAPD", true);
            }
        }
        return this;
    }

    DepTrace flag(String task, String flag, boolean set) {
        return add(new TraceEvent.TaskFlagChanged(now(), task, flag, set));
    }

    DepTrace lock(String task, String cls) {
        return add(new TraceEvent.LockAcquired(now(), task, LockKind.MUTEX, cls, cls, false));
    }

    DepTrace trylock(String task, String cls) {
        return add(new TraceEvent.LockAcquired(now(), task, LockKind.MUTEX, cls, cls, true));
    }

    DepTrace downRead(String task, String cls) {
        return add(new TraceEvent.LockAcquired(now(), task, LockKind.RWSEM_READ, cls, cls, false));
    }

    DepTrace unlock(String task, String cls) {
        return add(new TraceEvent.LockReleased(now(), task, LockKind.MUTEX, cls, cls));
    }

    DepTrace transaction(String task, String fs) {
        return add(new TraceEvent.LockAcquired(now(), task, LockKind.TRANSACTION, "'xfs_create' on " + fs,
                fs + "->log", false));
    }

    DepTrace commit(String task, String fs) {
        return add(new TraceEvent.LockReleased(now(), task, LockKind.TRANSACTION, "'xfs_create' on " + fs,
                fs + "->log"));
    }

    DepTrace waitLogSpace(String task, String fs) {
        return add(new TraceEvent.WaitBegin(now(), task, WaitKind.LOG_SPACE, "on " + fs, fs + "->log", List.of(),
                false));
    }

    DepTrace mightAlloc(String task, Gfp gfp) {
        return add(new TraceEvent.AllocMightReclaim(now(), task, gfp));
    }

    DepTrace reclaimBegin(String task, Gfp gfp) {
        return add(new TraceEvent.DirectReclaimBegin(now(), task, gfp, 0));
    }

    DepTrace reclaimEnd(String task) {
        return add(new TraceEvent.DirectReclaimEnd(now(), task, 0));
    }

    DepTrace submit(String task, long bio, String dev) {
        return add(new TraceEvent.BioSubmitted(now(), task, bio, dev, "WRITE", 8));
    }

    DepTrace waitBio(String task, long bio, String dev, String completer) {
        return add(new TraceEvent.WaitBegin(now(), task, WaitKind.BIO, "#" + bio + " WRITE sector 8 on " + dev,
                "bio:" + dev, List.of(completer), false));
    }

    DepTrace endio(String task, long bio, String dev) {
        return add(new TraceEvent.BioCompleted(now(), task, bio, dev, 0));
    }

    DepTrace waitCompletion(String task, String object, String cls, boolean idle) {
        return add(new TraceEvent.WaitBegin(now(), task, WaitKind.COMPLETION, object, cls, List.of(), idle));
    }

    DepTrace waitIdle(String task, String queue) {
        return add(new TraceEvent.WaitBegin(now(), task, WaitKind.WAITQUEUE, queue, queue, List.of(), true));
    }

    DepTrace woken(String task, String object) {
        return add(new TraceEvent.Woken(now(), task, object, "someone"));
    }

    DepTrace complete(String task, String object, String cls) {
        return add(new TraceEvent.CompletionDone(now(), task, object, false, cls));
    }

    DependencyReport analyze() {
        return DependencyOracle.analyze(List.copyOf(events));
    }
}
