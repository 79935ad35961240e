package org.reclaimtck.tck.providers;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A kernel whose tracepoints misreport one kind of event: the reference's run, with each event passed through
 * {@code rewrite} (which may drop it by returning null). For the defects that live in what the kernel traces.
 */
abstract class TraceRewritingProvider extends ForwardingProvider {
    private final Function<TraceEvent, TraceEvent> rewrite;

    TraceRewritingProvider(String name, Function<TraceEvent, TraceEvent> rewrite) {
        super(name);
        this.rewrite = rewrite;
    }

    @Override
    protected Kernel wrap(Kernel kernel) {
        return new ForwardingKernel(kernel) {
            @Override
            public RunResult run() {
                RunResult r = delegate.run();
                List<TraceEvent> trace = r.trace().stream().map(rewrite).filter(Objects::nonNull).toList();
                return new RunResult(r.seed(), r.outcome(), trace, r.statistics());
            }
        };
    }
}
