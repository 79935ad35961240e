package org.reclaimtck.ref.runtime;

import java.util.ArrayList;
import java.util.List;
import org.reclaimtck.spi.trace.TraceEvent;

/** The end of a run: the trace as it stood when the outcome was decided, and joining the unwound task threads. */
final class RunEnd {
    private RunEnd() {
    }

    /** A copy of the trace; best effort if a task still appends (only after a watchdog abort). */
    static List<TraceEvent> snapshot(List<TraceEvent> events) {
        Object[] copy = events.toArray();
        List<TraceEvent> out = new ArrayList<>(copy.length);
        for (Object o : copy) {
            if (o != null) {
                out.add((TraceEvent) o);
            }
        }
        return out;
    }

    /** Waits for a task thread to finish unwinding; an interrupt of the host is kept for later. */
    static void join(Thread t) {
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
