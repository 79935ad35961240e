package org.reclaimtck.ref.kernel;

import org.reclaimtck.ref.vmscan.Flushers;

/** Reclaim's {@code wakeup_flusher_threads}, bound to writeback once both exist (vmscan is built first). */
final class FlusherHook implements Flushers {
    private Flushers target = Flushers.NONE;

    void bind(Flushers flushers) {
        this.target = flushers;
    }

    @Override
    public void wakeupFlusherThreads(String reason) {
        target.wakeupFlusherThreads(reason);
    }

    @Override
    public boolean pageout(org.reclaimtck.ref.mm.KernelFolio folio) {
        return target.pageout(folio);
    }
}
