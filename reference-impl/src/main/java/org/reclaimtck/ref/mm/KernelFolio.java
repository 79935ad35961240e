package org.reclaimtck.ref.mm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.spi.runtime.WaitQueue;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * A folio of one page as mm keeps it: models {@code struct folio} ({@code include/linux/mm_types.h}) with the
 * {@code PG_*} bits reclaim reads ({@code include/linux/page-flags.h}): locked, dirty, writeback, reclaim, referenced,
 * active, mapped, swapbacked, lru. Page-cache folios ({@code filemap}) and, later, anonymous folios extend it; the LRU
 * ({@code vmscan.Lruvec}) links it by {@link #lruSeq}. Waiting for {@code PG_locked} ({@link #lock}) or for
 * {@code PG_writeback} ({@link #waitWriteback}) is a traced wait on a named object, for writeback the bio that will end
 * it (K-VMSCAN-1, K-VMSCAN-7).
 */
public abstract class KernelFolio {
    /** Lockdep-style class of every folio lock, as the wait-for graph and the dependency oracle name it. */
    public static final String PG_LOCKED = "PG_locked";
    /** The class of a wait for a folio's writeback. */
    public static final String PG_WRITEBACK = "PG_writeback";

    private final SimRuntime rt;
    private final long pfn;
    private Task lockOwner;
    private WaitQueue lockWait;
    /** The current writeback's bio and waiters, null while nobody waits and no bio is named. */
    private WritebackWait wbWait;
    private boolean dirty;
    private boolean writeback;
    private boolean reclaim;
    private boolean referenced;
    private boolean active;
    private boolean mapped;
    private final boolean swapbacked;
    private boolean lru;
    /** The folio's place on its LRU list while {@link #onLru()}; set by the LRU only. */
    public long lruSeq;

    protected KernelFolio(SimRuntime rt, long pfn, boolean swapbacked) {
        this.rt = rt;
        this.pfn = pfn;
        this.swapbacked = swapbacked;
    }

    /** E.g. {@code A:/data index 3}: names the folio in waits and messages. */
    public abstract String describe();

    public final long pfn() {
        return pfn;
    }

    /** {@code folio_is_file_lru}: not swap-backed. */
    public final boolean isFileLru() {
        return !swapbacked;
    }

    // ---- PG_locked ---------------------------------------------------------------------------

    /** {@code folio_lock}: sleeps (TASK_UNINTERRUPTIBLE, traced) while another task holds it, then takes it. */
    public final void lock() {
        Task me = rt.current();
        if (lockOwner == me) {
            throw new IllegalStateException("folio_lock of " + describe() + " by " + me.comm() + ", which holds it");
        }
        if (lockOwner != null) {
            lockWaitQueue().waitEvent(() -> lockOwner == null);
        }
        take(me, false);
    }

    /** {@code folio_trylock}: takes the lock if free, never sleeps. */
    public final boolean trylock() {
        if (lockOwner != null) {
            return false;
        }
        take(rt.current(), true);
        return true;
    }

    /** {@code folio_unlock}: wakes {@code folio_lock} sleepers. */
    public final void unlock() {
        Task me = rt.current();
        if (lockOwner != me) {
            throw new IllegalStateException("folio_unlock of " + describe() + " by " + me.comm() + " but the owner is "
                    + (lockOwner == null ? "nobody" : lockOwner.comm()));
        }
        lockOwner = null;
        rt.lockReleased(this);
        if (lockWait != null && lockWait.waiters() > 0) {
            lockWait.wakeUpAll();
        }
    }

    public final boolean isLocked() {
        return lockOwner != null;
    }

    private void take(Task me, boolean trylock) {
        lockOwner = me;
        rt.lockAcquired(this, LockKind.MUTEX, "folio " + describe(), PG_LOCKED, trylock);
    }

    private WaitQueue lockWaitQueue() {
        if (lockWait == null) {
            lockWait = rt.waitQueue("folio " + describe() + " " + PG_LOCKED, WaitKind.MUTEX, PG_LOCKED);
            lockWait.wokenBy(() -> lockOwner == null ? List.of() : List.of(lockOwner));
        }
        return lockWait;
    }

    // ---- PG_writeback ------------------------------------------------------------------------

    /**
     * {@code folio_wait_writeback}: sleeps until writeback of the folio ends, a traced I/O wait named after the write
     * bio that carries it ({@link #writebackBio}): object {@code #<bio> ... folio <name> PG_writeback}, class
     * {@code bio:<device>}, woken by the device's completers, so the wait-for graph and the dependency oracle follow it
     * to the completer. Before its bio is submitted the wait names no waker (class {@code PG_writeback}). As the
     * kernel's, a loop: writeback that starts again is waited for again.
     */
    public final void waitWriteback() {
        while (writeback) {
            WritebackWait w = writebackWait();
            w.queue(rt, this).waitEvent(() -> !writeback || wbWait != w);
        }
    }

    /**
     * {@code bio_add_folio} seen at {@code submit_bio}: the write bio {@code bio} (e.g. {@code #7 WRITE sector 8 on vda})
     * of class {@code bioClass} ({@code bio:vda}), completed by {@code completers}, ends this folio's writeback.
     */
    public final void writebackBio(String bio, String bioClass, Supplier<? extends Collection<? extends Task>> completers) {
        if (writeback) {
            WritebackWait w = writebackWait();
            w.bio = bio;
            w.bioClass = bioClass;
            w.completers = completers;
        }
    }

    private WritebackWait writebackWait() {
        if (wbWait == null) {
            wbWait = new WritebackWait();
        }
        return wbWait;
    }

    /** One writeback's waiters and the bio that ends it; made only when a bio is named or a task waits. */
    private static final class WritebackWait {
        String bio;
        String bioClass;
        Supplier<? extends Collection<? extends Task>> completers;
        /** One queue per name its waits had: before and after {@code submit_bio}. */
        final List<WaitQueue> queues = new ArrayList<>(1);

        WaitQueue queue(SimRuntime rt, KernelFolio folio) {
            String name = (bio == null ? "" : bio + " ") + "folio " + folio.describe() + " " + PG_WRITEBACK;
            WaitQueue last = queues.isEmpty() ? null : queues.get(queues.size() - 1);
            if (last != null && last.name().equals(name)) {
                return last;
            }
            WaitQueue q = bio == null ? rt.waitQueue(name, WaitKind.WAITQUEUE, PG_WRITEBACK)
                    : rt.waitQueue(name, WaitKind.BIO, bioClass);
            if (completers != null) {
                q.wokenBy(completers);
            }
            queues.add(q);
            return q;
        }

        void wakeUpAll() {
            for (WaitQueue q : queues) {
                if (q.waiters() > 0) {
                    q.wakeUpAll();
                }
            }
        }
    }

    /** {@code folio_start_writeback}'s flag change: PG_writeback set, PG_dirty cleared (by clear_dirty_for_io). */
    public final void setWriteback() {
        if (writeback) {
            throw new IllegalStateException("folio_start_writeback of " + describe() + ", already under writeback");
        }
        writeback = true;
        dirty = false;
    }

    /** {@code folio_end_writeback}'s flag change and wake-up of {@code folio_wait_writeback} sleepers. */
    public final void clearWriteback() {
        if (!writeback) {
            throw new IllegalStateException("folio_end_writeback of " + describe() + ", which is not under writeback");
        }
        writeback = false;
        WritebackWait w = wbWait;
        wbWait = null;
        if (w != null) {
            w.wakeUpAll();
        }
    }

    // ---- the other flags ---------------------------------------------------------------------

    public final boolean isDirtyFlag() {
        return dirty;
    }

    /** {@code folio_test_set_dirty}: returns the old value. */
    public final boolean testSetDirty() {
        boolean was = dirty;
        dirty = true;
        return was;
    }

    public final boolean isWritebackFlag() {
        return writeback;
    }

    /** {@code PG_reclaim}: reclaim wants the folio as soon as its writeback ends. */
    public final boolean isReclaim() {
        return reclaim;
    }

    public final void setReclaim(boolean on) {
        reclaim = on;
    }

    public final boolean isReferenced() {
        return referenced;
    }

    public final void setReferenced(boolean on) {
        referenced = on;
    }

    /** {@code folio_test_clear_referenced}. */
    public final boolean testClearReferenced() {
        boolean was = referenced;
        referenced = false;
        return was;
    }

    public final boolean isActive() {
        return active;
    }

    public final void setActive(boolean on) {
        active = on;
    }

    /** {@code folio_mapped}: mapped into a page table (anon or mmap'ed file); page-cache reads leave it false. */
    public final boolean isMapped() {
        return mapped;
    }

    public final void setMapped(boolean on) {
        mapped = on;
    }

    public final boolean isSwapbacked() {
        return swapbacked;
    }

    /** {@code PG_lru}: on an LRU list (not isolated, not freed). */
    public final boolean onLru() {
        return lru;
    }

    public final void setLru(boolean on) {
        lru = on;
    }

    /**
     * {@code __remove_mapping} (file) or the swap-cache removal (anon): forgets the folio if nothing else holds it,
     * called locked and clean; true if its page may be freed.
     */
    public abstract boolean removeMapping();

    @Override
    public String toString() {
        return describe();
    }
}
