package org.reclaimtck.tck.oracles.model;

import org.apiguardian.api.API;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Sees a trace event by event with the shared {@link TraceModel}: {@link #before} with the state the event found
 * (what a check of the event reads), {@link #after} with the state it left.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface TraceVisitor {
    /** {@code event} is at {@code position} in the trace; {@code model} does not include it yet. */
    default void before(int position, TraceEvent event, TraceModel model) {
    }

    /** {@code model} includes {@code event}. */
    default void after(int position, TraceEvent event, TraceModel model) {
    }
}
