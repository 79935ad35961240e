package org.reclaimtck.ref.vmscan;

/**
 * The counts {@code shrink_folio_list} returns: models {@code struct reclaim_stat} of {@code include/linux/vmstat.h}
 * plus {@code nr_unqueued_dirty} and {@code nr_taken} of {@code sc->nr} ({@code mm/vmscan.c}, K-VMSCAN-1).
 */
final class ReclaimStat {
    long dirty;
    long unqueuedDirty;
    long congested;
    long writeback;
    long immediate;
    long taken;
    long fileTaken;
    int activateAnon;
    int activateFile;
    long refKeep;

    void clear() {
        dirty = unqueuedDirty = congested = writeback = immediate = taken = fileTaken = refKeep = 0;
        activateAnon = activateFile = 0;
    }

    void add(ReclaimStat s) {
        dirty += s.dirty;
        unqueuedDirty += s.unqueuedDirty;
        congested += s.congested;
        writeback += s.writeback;
        immediate += s.immediate;
        taken += s.taken;
        fileTaken += s.fileTaken;
        activateAnon += s.activateAnon;
        activateFile += s.activateFile;
        refKeep += s.refKeep;
    }
}
