package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/** A tiny builder of synthetic traces for oracle tests. */
final class Traces {
    private final List<TraceEvent> events = new ArrayList<>();
    private long t;

    Traces spawn(String... comms) {
        for (String c : comms) {
            events.add(new TraceEvent.TaskSpawned(t++, "init", c, false));
        }
        return this;
    }

    Traces lock(String task, String mutex) {
        events.add(new TraceEvent.LockAcquired(t++, task, LockKind.MUTEX, mutex, mutex + "_class"));
        return this;
    }

    Traces unlock(String task, String mutex) {
        events.add(new TraceEvent.LockReleased(t++, task, LockKind.MUTEX, mutex, mutex + "_class"));
        return this;
    }

    Traces waitMutex(String task, String mutex, String... holders) {
        events.add(new TraceEvent.WaitBegin(t++, task, WaitKind.MUTEX, mutex, mutex + "_class", List.of(holders),
                false));
        return this;
    }

    Traces waitCompletion(String task, String completion, boolean idle, String... wakers) {
        events.add(new TraceEvent.WaitBegin(t++, task, WaitKind.COMPLETION, completion, completion, List.of(wakers),
                idle));
        return this;
    }

    Traces woken(String task, String object) {
        events.add(new TraceEvent.Woken(t++, task, object, "someone"));
        return this;
    }

    Traces scope(String task, String flag) {
        events.add(new TraceEvent.ScopeSaved(t++, task, flag, "Fs.transaction(Fs.java:1)"));
        return this;
    }

    Traces exit(String task) {
        events.add(new TraceEvent.TaskExited(t++, task));
        return this;
    }

    List<TraceEvent> build() {
        return List.copyOf(events);
    }
}
