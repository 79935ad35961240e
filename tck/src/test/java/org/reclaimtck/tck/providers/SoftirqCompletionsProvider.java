package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A planted defect in the block layer: {@code block_bio_complete} always names softirq, whatever context ran
 * {@code bio_endio} (a driver's worker included). BLK-5 must catch it; BLK-2 cannot (softirq is a valid completer).
 */
public final class SoftirqCompletionsProvider extends TraceRewritingProvider {
    public SoftirqCompletionsProvider() {
        super("softirq-completions", e -> e instanceof TraceEvent.BioCompleted c
                ? new TraceEvent.BioCompleted(c.time(), "softirq", c.bio(), c.device(), c.status()) : e);
    }
}
