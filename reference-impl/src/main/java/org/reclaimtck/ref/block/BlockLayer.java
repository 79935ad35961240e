package org.reclaimtck.ref.block;

/** Per-kernel state of the block layer: bio ids, so a trace names bios the same way on every run. */
public final class BlockLayer {
    private long nextBio = 1;

    long nextBioId() {
        return nextBio++;
    }
}
