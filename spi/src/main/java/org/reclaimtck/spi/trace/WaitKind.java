package org.reclaimtck.spi.trace;

/** What a blocked task waits on: models the sleeping sites of {@code kernel/sched/} and the block layer. */
public enum WaitKind {
    MUTEX("mutex"),
    RWSEM_READ("rwsem(read)"),
    RWSEM_WRITE("rwsem(write)"),
    COMPLETION("completion"),
    WAITQUEUE("waitqueue"),
    /** Waiting for a bio's completion ({@code submit_bio_wait}, {@code wait_on_bit_io}). */
    BIO("bio"),
    /** {@code schedule_timeout()}: only the clock wakes it. */
    SLEEP("sleep"),
    /** Waiting for a transaction's log space. */
    LOG_SPACE("log space"),
    /** Waiting for an element of a mempool to come back ({@code mempool_alloc}); the class is the pool's name. */
    MEMPOOL("mempool");

    private final String label;

    WaitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
