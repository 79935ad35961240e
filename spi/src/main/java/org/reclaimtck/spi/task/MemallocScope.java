package org.reclaimtck.spi.task;

/**
 * The token of one {@code memalloc_*_save()}: models the {@code flags} value that
 * {@code include/linux/sched/mm.h} hands to the paired {@code memalloc_*_restore()}.
 * Closing it restores; restores must be LIFO (K-SCOPE-1), and an implementation reports an
 * out-of-order restore by throwing {@link ScopeOrderViolation}.
 */
public interface MemallocScope extends AutoCloseable {
    /** The flag this scope set, e.g. {@link PfFlag#PF_MEMALLOC_NOFS}. */
    PfFlag flag();

    /** The kernel name of the save call, e.g. {@code memalloc_nofs_save}. */
    String saveName();

    /** Where the scope was saved, as {@code Class.method(File.java:line)}. */
    String savedAt();

    /** {@code memalloc_*_restore()}. */
    @Override
    void close();
}
