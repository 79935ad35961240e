package org.reclaimtck.tck.oom;

import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.runtime.RwSemaphore;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.oracles.dependency.DependencyOracle;
import org.reclaimtck.tck.oracles.dependency.DependencyReport;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.suites.deadlock.LockOrderJudge;

/** Workloads DEP-4 must judge, one run each on the reference's runtime; nothing deadlocks in any of them. */
final class LockOrderCases {
    private LockOrderCases() {
    }

    /** Judges DEP-4 with the built-in cases' check. */
    abstract static class Dep4Case implements KernelCase {
        @Override
        public void check(CaseRun run) {
            DependencyReport report = DependencyOracle.analyze(run.result());
            LockOrderJudge.check(run, report);
        }
    }

    /** {@code a} takes i_rwsem then s_umount, later {@code b} takes s_umount then i_rwsem: an ABBA never overlapping. */
    @TckCase(suite = "selftest", id = "abba-in-turn", rules = {RuleIds.DEP_4}, maxSeeds = 1)
    public static final class AbbaInTurn extends Dep4Case {
        @Override
        public void workload(Kernel k) {
            Mutex inode = k.runtime().mutex("inode_lock(A:/f)", "&sb->s_type->i_mutex_key");
            RwSemaphore umount = k.runtime().rwsem("s_umount(A)", "&type->s_umount_key");
            k.spawn("a", () -> {
                inode.lock();
                umount.downWrite();
                umount.upWrite();
                inode.unlock();
            });
            k.spawn("b", () -> {
                k.runtime().msleep(10);
                umount.downWrite();
                inode.lock();
                inode.unlock();
                umount.upWrite();
            });
        }
    }

    /** Two inodes' i_rwsem of one class nested without a subclass: lockdep's recursive locking. */
    @TckCase(suite = "selftest", id = "same-class-nested", rules = {RuleIds.DEP_4}, maxSeeds = 1)
    public static final class SameClassNested extends Dep4Case {
        @Override
        public void workload(Kernel k) {
            Mutex dir = k.runtime().mutex("inode_lock(A:/d)", "&sb->s_type->i_mutex_key");
            Mutex file = k.runtime().mutex("inode_lock(A:/d/f)", "&sb->s_type->i_mutex_key");
            k.spawn("rename", () -> {
                dir.lock();
                file.lock();
                file.unlock();
                dir.unlock();
            });
        }
    }

    /** Nested in one order only, and a read over a read: clean. */
    @TckCase(suite = "selftest", id = "ordered", rules = {RuleIds.DEP_4}, maxSeeds = 1)
    public static final class Ordered extends Dep4Case {
        @Override
        public void workload(Kernel k) {
            Mutex inode = k.runtime().mutex("inode_lock(A:/f)", "&sb->s_type->i_mutex_key");
            RwSemaphore umount = k.runtime().rwsem("s_umount(A)", "&type->s_umount_key");
            RwSemaphore other = k.runtime().rwsem("s_umount(B)", "&type->s_umount_key");
            for (String comm : new String[] {"a", "b"}) {
                k.spawn(comm, () -> {
                    umount.downRead();
                    other.downRead();
                    inode.lock();
                    inode.unlock();
                    other.upRead();
                    umount.upRead();
                });
            }
        }
    }
}
