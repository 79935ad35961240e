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
 * ({@code vmscan.Lruvec}) links it through {@link #lruPrev} and {@link #lruNext}, as {@code folio->lru}. Waiting for
 * {@code PG_locked} ({@link #lock}) or for {@code PG_writeback} ({@link #waitWriteback}) is a traced wait on a named
 * object, for writeback the bio that will end it (K-VMSCAN-1, K-VMSCAN-7).
 */
public abstract class KernelFolio {
    /** Lockdep-style class of every folio lock, as the wait-for graph and the dependency oracle name it. */
    public static final String PG_LOCKED = "PG_locked";
    /** The class of a wait for a folio's writeback. */
    public static final String PG_WRITEBACK = "PG_writeback";

    private static final int PG_DIRTY = 1;
    private static final int PG_WRITEBACK_BIT = 1 << 1;
    private static final int PG_RECLAIM = 1 << 2;
    private static final int PG_REFERENCED = 1 << 3;
    private static final int PG_ACTIVE = 1 << 4;
    private static final int PG_MAPPED = 1 << 5;
    private static final int PG_SWAPBACKED = 1 << 6;
    private static final int PG_LRU = 1 << 7;
    /** The first bit a subclass may use for its own flags (e.g. PG_uptodate). */
    protected static final int PG_SUBCLASS = 1 << 8;

    /** The page frame number, an int: a model machine has fewer than 2^31 pages (docs/model.md). */
    private final int pfn;
    /**
     * PG_locked's owner (a {@link Task}, or null) or, once a task waited on the folio, its {@link FolioWaits}, which
     * then holds the owner: one field, since most folios are never waited for.
     */
    private Object lockState;
    /** {@code folio->flags}: the PG_* bits, one int as in the kernel's one word (docs/model.md). */
    private int flags;
    /** {@code folio->lru}: the LRU's intrusive links, set by the LRU only while {@link #onLru()}. */
    public KernelFolio lruPrev;
    public KernelFolio lruNext;

    protected KernelFolio(long pfn, boolean swapbacked) {
        this.pfn = Math.toIntExact(pfn);
        this.flags = swapbacked ? PG_SWAPBACKED : 0;
    }

    /** The runtime its waits and lock events go to (the mapping's: a folio does not keep a reference of its own). */
    protected abstract SimRuntime rt();

    /** E.g. {@code A:/data index 3}: names the folio in waits and messages. */
    public abstract String describe();

    public final long pfn() {
        return pfn;
    }

    /** {@code folio_is_file_lru}: not swap-backed. */
    public final boolean isFileLru() {
        return (flags & PG_SWAPBACKED) == 0;
    }

    // ---- PG_locked ---------------------------------------------------------------------------

    /** {@code folio_lock}: sleeps (TASK_UNINTERRUPTIBLE, traced) while another task holds it, then takes it. */
    public final void lock() {
        Task me = rt().current();
        if (owner() == me) {
            throw new IllegalStateException("folio_lock of " + describe() + " by " + me.comm() + ", which holds it");
        }
        if (owner() != null) {
            lockWaitQueue().waitEvent(() -> owner() == null);
        }
        take(me, false);
    }

    /** {@code folio_trylock}: takes the lock if free, never sleeps. */
    public final boolean trylock() {
        if (owner() != null) {
            return false;
        }
        take(rt().current(), true);
        return true;
    }

    /** {@code folio_unlock}: wakes {@code folio_lock} sleepers. */
    public final void unlock() {
        Task me = rt().current();
        Task owner = owner();
        if (owner != me) {
            throw new IllegalStateException("folio_unlock of " + describe() + " by " + me.comm() + " but the owner is "
                    + (owner == null ? "nobody" : owner.comm()));
        }
        setOwner(null);
        rt().lockReleased(this);
        if (lockState instanceof FolioWaits w && w.lock != null && w.lock.waiters() > 0) {
            w.lock.wakeUpAll();
        }
    }

    public final boolean isLocked() {
        return owner() != null;
    }

    private Task owner() {
        return lockState instanceof FolioWaits w ? w.owner : (Task) lockState;
    }

    private void setOwner(Task owner) {
        if (lockState instanceof FolioWaits w) {
            w.owner = owner;
        } else {
            lockState = owner;
        }
    }

    private void take(Task me, boolean trylock) {
        setOwner(me);
        rt().lockAcquired(this, LockKind.MUTEX, "folio " + describe(), PG_LOCKED, trylock);
    }

    private FolioWaits waits() {
        if (lockState instanceof FolioWaits w) {
            return w;
        }
        FolioWaits w = new FolioWaits();
        w.owner = (Task) lockState;
        lockState = w;
        return w;
    }

    private WaitQueue lockWaitQueue() {
        FolioWaits w = waits();
        if (w.lock == null) {
            w.lock = rt().waitQueue("folio " + describe() + " " + PG_LOCKED, WaitKind.MUTEX, PG_LOCKED);
            w.lock.wokenBy(() -> owner() == null ? List.of() : List.of(owner()));
        }
        return w.lock;
    }

    /**
     * The wait queues of one folio ({@code folio_waitqueue}) and the lock owner, made when a task first waits on it or
     * a bio is named for its writeback; dropped again when neither is left.
     */
    private static final class FolioWaits {
        Task owner;
        WaitQueue lock;
        /** The current writeback's bio and waiters, null while nobody waits and no bio is named. */
        WritebackWait writeback;
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
        while (test(PG_WRITEBACK_BIT)) {
            WritebackWait w = writebackWait();
            w.queue(rt(), this).waitEvent(() -> !test(PG_WRITEBACK_BIT) || currentWriteback() != w);
        }
    }

    /**
     * {@code bio_add_folio} seen at {@code submit_bio}: the write bio {@code bio} (e.g. {@code #7 WRITE sector 8 on vda})
     * of class {@code bioClass} ({@code bio:vda}), completed by {@code completers}, ends this folio's writeback.
     */
    public final void writebackBio(String bio, String bioClass, Supplier<? extends Collection<? extends Task>> completers) {
        if (test(PG_WRITEBACK_BIT)) {
            WritebackWait w = writebackWait();
            w.bio = bio;
            w.bioClass = bioClass;
            w.completers = completers;
        }
    }

    private WritebackWait writebackWait() {
        FolioWaits w = waits();
        if (w.writeback == null) {
            w.writeback = new WritebackWait();
        }
        return w.writeback;
    }

    private WritebackWait currentWriteback() {
        return lockState instanceof FolioWaits w ? w.writeback : null;
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
        if (test(PG_WRITEBACK_BIT)) {
            throw new IllegalStateException("folio_start_writeback of " + describe() + ", already under writeback");
        }
        flags = (flags | PG_WRITEBACK_BIT) & ~PG_DIRTY;
    }

    /** {@code folio_end_writeback}'s flag change and wake-up of {@code folio_wait_writeback} sleepers. */
    public final void clearWriteback() {
        if (!test(PG_WRITEBACK_BIT)) {
            throw new IllegalStateException("folio_end_writeback of " + describe() + ", which is not under writeback");
        }
        flags &= ~PG_WRITEBACK_BIT;
        if (lockState instanceof FolioWaits w && w.writeback != null) {
            WritebackWait wb = w.writeback;
            w.writeback = null;
            if (w.lock == null) {
                lockState = w.owner;
            }
            wb.wakeUpAll();
        }
    }

    // ---- the other flags ---------------------------------------------------------------------

    /** True if every bit of {@code bits} is set. */
    protected final boolean test(int bits) {
        return (flags & bits) == bits;
    }

    /** Sets or clears {@code bits}. */
    protected final void assign(int bits, boolean on) {
        flags = on ? flags | bits : flags & ~bits;
    }

    public final boolean isDirtyFlag() {
        return test(PG_DIRTY);
    }

    /** {@code folio_test_set_dirty}: returns the old value. */
    public final boolean testSetDirty() {
        boolean was = test(PG_DIRTY);
        flags |= PG_DIRTY;
        return was;
    }

    public final boolean isWritebackFlag() {
        return test(PG_WRITEBACK_BIT);
    }

    /** {@code PG_reclaim}: reclaim wants the folio as soon as its writeback ends. */
    public final boolean isReclaim() {
        return test(PG_RECLAIM);
    }

    public final void setReclaim(boolean on) {
        assign(PG_RECLAIM, on);
    }

    public final boolean isReferenced() {
        return test(PG_REFERENCED);
    }

    public final void setReferenced(boolean on) {
        assign(PG_REFERENCED, on);
    }

    /** {@code folio_test_clear_referenced}. */
    public final boolean testClearReferenced() {
        boolean was = test(PG_REFERENCED);
        flags &= ~PG_REFERENCED;
        return was;
    }

    public final boolean isActive() {
        return test(PG_ACTIVE);
    }

    public final void setActive(boolean on) {
        assign(PG_ACTIVE, on);
    }

    /** {@code folio_mapped}: mapped into a page table (anon or mmap'ed file); page-cache reads leave it false. */
    public final boolean isMapped() {
        return test(PG_MAPPED);
    }

    public final void setMapped(boolean on) {
        assign(PG_MAPPED, on);
    }

    public final boolean isSwapbacked() {
        return test(PG_SWAPBACKED);
    }

    /** {@code PG_lru}: on an LRU list (not isolated, not freed). */
    public final boolean onLru() {
        return test(PG_LRU);
    }

    public final void setLru(boolean on) {
        assign(PG_LRU, on);
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
