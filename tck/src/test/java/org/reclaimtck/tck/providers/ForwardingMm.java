package org.reclaimtck.tck.providers;

import org.reclaimtck.spi.mm.Mm;
import org.reclaimtck.spi.task.Task;

/** An {@link Mm} that forwards every call; a broken provider overrides the calls it changes. */
class ForwardingMm implements Mm {
    private final Mm inner;

    ForwardingMm(Mm delegate) {
        this.inner = delegate;
    }

    @Override
    public long faultInAnon(long pages) {
        return inner.faultInAnon(pages);
    }

    @Override
    public long accessAnon(long pages) {
        return inner.accessAnon(pages);
    }

    @Override
    public void unmapAnon(long pages) {
        inner.unmapAnon(pages);
    }

    @Override
    public long rss(Task task) {
        return inner.rss(task);
    }

    @Override
    public void setOomScoreAdj(int adj) {
        inner.setOomScoreAdj(adj);
    }
}
