package org.reclaimtck.ref.vfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.fs.Dentry;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The dentry LRU as {@code prune_dcache_sb} walks it (a dentry in use leaves the list, a referenced one rotates once,
 * the others are killed and drop their inode's reference), {@code super_cache_scan}'s split of K-FS-1, and the last
 * reference of an unlinked inode evicting it where it is dropped.
 */
class DentryCacheTest {
    private static Kernel boot() {
        return new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).memoryPages(1024)
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100).mkfs("A", "vda", 16, 512).build()).build());
    }

    private static List<String> fsEntries(RunResult r, String task) {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : r.trace()) {
            if (e instanceof TraceEvent.FsEnter f && e.task().equals(task)) {
                out.add(f.operation());
            }
        }
        return out;
    }

    @Test
    void pruningSkipsDentriesInUseRotatesReferencedOnesAndKillsTheRestDroppingTheirInodes() {
        Kernel k = boot();
        VfsSuper a = (VfsSuper) k.storage().superBlock("A");
        long[] counts = new long[6];
        k.spawn("find", () -> {
            for (String p : List.of("/f0", "/f1", "/f2")) {
                a.dput(a.lookup(p));
            }
            Dentry held = a.lookup("/f1");
            a.dput(a.lookup("/f2"));
            counts[0] = a.dentries().lruCount();
            counts[1] = a.shrinker().countObjects(new ShrinkControl(Gfp.GFP_KERNEL, 0, 0, null));
            k.spawn("shrinker", () -> {
                counts[2] = a.shrinker().scanObjects(new ShrinkControl(Gfp.GFP_KERNEL, 0, 3, null));
                counts[3] = a.cachedDentries();
                counts[4] = a.cachedInodes();
                counts[5] = a.dentries().lruCount();
            });
            k.runtime().msleep(1);
            a.dput(held);
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        // three dentries on the LRU (f1 in use stays there until the walk), no unused inode: count 3
        assertThat(counts[0]).isEqualTo(3);
        assertThat(counts[1]).isEqualTo(3);
        // split of 3 over (3 dentries, 0 inodes, 0 fs objects): walk 3 dentries, then 1 inode; f0's dentry and then
        // its inode go (2 freed); f1 (in use) leaves the LRU, f2 (referenced) rotates and stays
        assertThat(counts[2]).isEqualTo(2);
        assertThat(counts[3]).isEqualTo(2);
        assertThat(counts[4]).isEqualTo(2);
        assertThat(counts[5]).isEqualTo(1);
        assertThat(fsEntries(r, "shrinker")).containsExactly("super_cache_scan", "evict_inode 1048576 /f0",
                "destroy_inode 1048576 /f0");
    }

    @Test
    void theLastDputOfAnUnlinkedFileEvictsItsInodeInTheCallerAndAnUnusedOneGoesAtTheUnlink() {
        Kernel k = boot();
        VfsSuper a = (VfsSuper) k.storage().superBlock("A");
        k.spawn("rm", () -> {
            Dentry open = a.lookup("/held");
            a.unlink("/held");
            a.dput(open);
            a.dput(a.lookup("/idle"));
            a.unlink("/idle");
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(fsEntries(r, "rm")).containsSubsequence("unlink /held", "evict_inode 1048576 /held nlink=0",
                "destroy_inode 1048576 /held nlink=0", "unlink /idle", "evict_inode 1048577 /idle nlink=0");
        assertThat(a.cachedDentries()).isZero();
        assertThat(a.cachedInodes()).isZero();
    }

    @Test
    void superCacheScanSplitsTheScanByCountOverDentriesInodesAndFsObjectsPlusOneEach() {
        assertThat(SuperCacheShrinker.split(128, 300, 100, 0)).containsExactly(96, 32, 0);
        assertThat(SuperCacheShrinker.split(128, 0, 64, 64)).containsExactly(1, 64, 64);
        assertThat(SuperCacheShrinker.split(128, 0, 0, 0)).containsExactly(1, 1, 0);
        assertThat(SuperCacheShrinker.split(3, 3, 0, 0)).containsExactly(3, 1, 0);
    }
}
