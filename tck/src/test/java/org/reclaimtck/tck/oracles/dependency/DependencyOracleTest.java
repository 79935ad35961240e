package org.reclaimtck.tck.oracles.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.gfp.Gfp;

/** The dependency oracle's rules on synthetic traces: classes, pseudo-locks, completions, cycles, reports. */
class DependencyOracleTest {
    private static boolean edge(DependencyReport r, String from, String to) {
        return r.graph().edge(from, to).isPresent();
    }

    @Test
    void mightAllocTakesFsReclaimWithGfpFsAndIoReclaimWithGfpIo() {
        DependencyReport r = new DepTrace().spawn("a", "b", "c")
                .lock("a", "la").mightAlloc("a", Gfp.GFP_KERNEL)
                .lock("b", "lb").mightAlloc("b", Gfp.GFP_NOFS)
                .lock("c", "lc").mightAlloc("c", Gfp.GFP_NOIO)
                .analyze();
        assertThat(edge(r, "la", "fs_reclaim")).isTrue();
        assertThat(edge(r, "la", "io_reclaim")).isTrue();
        assertThat(edge(r, "lb", "fs_reclaim")).isFalse();
        assertThat(edge(r, "lb", "io_reclaim")).isTrue();
        assertThat(r.graph().edgesFrom("lc")).isEmpty();
    }

    @Test
    void aReclaimContextHoldsFsReclaimElseIoReclaimElseNothing() {
        DependencyReport r = new DepTrace().spawn("a")
                .reclaimBegin("a", Gfp.GFP_KERNEL).lock("a", "l1").unlock("a", "l1").reclaimEnd("a")
                .reclaimBegin("a", Gfp.GFP_NOFS).lock("a", "l2").unlock("a", "l2").reclaimEnd("a")
                .reclaimBegin("a", Gfp.GFP_NOIO).lock("a", "l3").unlock("a", "l3").reclaimEnd("a")
                .analyze();
        assertThat(edge(r, "fs_reclaim", "l1")).isTrue();
        assertThat(edge(r, "io_reclaim", "l1")).isFalse();
        assertThat(edge(r, "io_reclaim", "l2")).isTrue();
        assertThat(edge(r, "fs_reclaim", "l3") || edge(r, "io_reclaim", "l3")).isFalse();
    }

    @Test
    void kswapdHoldsFsReclaimForAllItsWork() {
        DependencyReport r = new DepTrace().spawn("kswapd0").lock("kswapd0", "c->lock").analyze();
        assertThat(edge(r, "fs_reclaim", "c->lock")).isTrue();
    }

    @Test
    void kswapdIsRecognisedByPfKswapdNotByItsComm() {
        DependencyReport flagged = new DepTrace().spawn("balancer").flag("balancer", "PF_KSWAPD", true)
                .lock("balancer", "c->lock").analyze();
        DependencyReport named = new DepTrace().lock("kswapd1", "c->lock").analyze();
        assertThat(edge(flagged, "fs_reclaim", "c->lock")).isTrue();
        assertThat(edge(named, "fs_reclaim", "c->lock")).isFalse();
    }

    @Test
    void aTrylockAddsNoDependencyButIsHeldAfterwards() {
        DependencyReport r = new DepTrace().spawn("a")
                .reclaimBegin("a", Gfp.GFP_KERNEL).trylock("a", "s_umount").lock("a", "A->log").analyze();
        assertThat(edge(r, "fs_reclaim", "s_umount")).isFalse();
        assertThat(edge(r, "s_umount", "A->log")).isTrue();
        assertThat(edge(r, "fs_reclaim", "A->log")).isTrue();
    }

    @Test
    void aBioWaitDependsOnWhatItsCompleterTakesBetweenSubmissionAndCompletion() {
        DependencyReport r = new DepTrace().spawn("dd", "loop0")
                .lock("loop0", "before").unlock("loop0", "before")
                .submit("dd", 7, "loop0").waitBio("dd", 7, "loop0", "loop0")
                .waitLogSpace("loop0", "A").transaction("loop0", "A").mightAlloc("loop0", Gfp.GFP_NOFS)
                .commit("loop0", "A").endio("loop0", 7, "loop0")
                .lock("loop0", "after").unlock("loop0", "after")
                .analyze();
        assertThat(r.graph().edgesFrom("bio:loop0")).extracting(DependencyEdge::to)
                .containsExactly("A->log", "io_reclaim");
        assertThat(r.graph().kindOf("bio:loop0")).isEqualTo(ClassKind.BIO);
        Sighting s = r.graph().edge("bio:loop0", "A->log").orElseThrow().first();
        assertThat(s.task()).isEqualTo("loop0");
        assertThat(s.context()).startsWith("completing bio #7 on loop0");
    }

    @Test
    void aCompletionDependsOnWhatItsCompleterTakesSinceItsLastIdleWait() {
        DependencyReport r = new DepTrace().spawn("blkdrv0", "fs")
                .lock("blkdrv0", "old").unlock("blkdrv0", "old")
                .waitIdle("blkdrv0", "blkdrv0->queue").woken("blkdrv0", "blkdrv0->queue")
                .lock("fs", "A->log").waitCompletion("fs", "req 1 done", "blkdrv_req->done", false)
                .mightAlloc("blkdrv0", Gfp.GFP_KERNEL).complete("blkdrv0", "req 1 done", "blkdrv_req->done")
                .analyze();
        assertThat(r.graph().edgesFrom("blkdrv_req->done")).extracting(DependencyEdge::to)
                .containsExactly("fs_reclaim", "io_reclaim");
        assertThat(edge(r, "A->log", "blkdrv_req->done")).isTrue();
    }

    @Test
    void aCycleThroughFsReclaimIsReportedAsLockdepDoesWithItsUsageBug() {
        DependencyReport r = new DepTrace().spawn("xfs_io", "reclaim")
                .transaction("xfs_io", "A").mightAlloc("xfs_io", Gfp.GFP_KERNEL).commit("xfs_io", "A")
                .reclaimBegin("reclaim", Gfp.GFP_KERNEL).transaction("reclaim", "A").commit("reclaim", "A")
                .reclaimEnd("reclaim")
                .analyze();
        assertThat(r.reclaimCycles()).hasSize(1);
        CircularDependency c = r.reclaimCycles().get(0);
        assertThat(c.classes()).containsExactly("fs_reclaim", "A->log");
        assertThat(c.chain()).containsExactly("A->log", "fs_reclaim");
        assertThat(c.closing().first().task()).isEqualTo("reclaim");
        assertThat(c.throughCompletion()).isFalse();
        assertThat(r.completionCycles()).isEmpty();
        assertThat(c.report()).contains("WARNING: possible circular locking dependency detected",
                "reclaim is trying to acquire lock:\n (A->log)", "but task is already holding lock:\n (fs_reclaim)",
                "which lock already depends on the new lock.", "the existing dependency chain (in reverse order) is:",
                "-> #1 (fs_reclaim):", "-> #0 (A->log):", "       CPU0                    CPU1",
                "  lock(fs_reclaim);\n                               lock(A->log);\n"
                        + "                               lock(fs_reclaim);\n  lock(A->log);",
                "*** DEADLOCK ***");
        assertThat(r.usageBugs()).singleElement().satisfies(u -> {
            assertThat(u.lockClass()).isEqualTo("A->log");
            assertThat(u.reclaimClass()).isEqualTo("fs_reclaim");
            assertThat(u.onFirst()).isTrue();
            assertThat(u.report()).contains("WARNING: inconsistent lock state",
                    "inconsistent {RECLAIM_FS-ON-W} -> {IN-RECLAIM_FS-W} usage.", "reclaim takes:",
                    "{RECLAIM_FS-ON-W} state was registered at:", "*** DEADLOCK ***");
        });
        assertThat(r.clean()).isFalse();
    }

    @Test
    void aLongerChainPrintsChainExistsOf() {
        DependencyReport r = new DepTrace().spawn("a", "b", "c")
                .lock("a", "x").lock("a", "y").unlock("a", "y").unlock("a", "x")
                .lock("b", "y").lock("b", "z").unlock("b", "z").unlock("b", "y")
                .lock("c", "z").lock("c", "x").analyze();
        CircularDependency c = r.cycles().get(0);
        assertThat(c.chain()).containsExactly("x", "y", "z");
        assertThat(c.report()).contains("Chain exists of:\n  x --> y --> z", "-> #2 (z):");
        assertThat(c.throughReclaim() || c.throughCompletion()).isFalse();
        assertThat(r.clean()).isTrue();
    }

    @Test
    void everyDistinctCycleIsReportedButNotOneThatContainsAnother() {
        DependencyReport r = new DepTrace().spawn("a", "b", "c", "d")
                .lock("a", "p").lock("a", "q").unlock("a", "q").unlock("a", "p")
                .lock("b", "q").lock("b", "p").unlock("b", "p").unlock("b", "q")
                .lock("c", "p").lock("c", "r").unlock("c", "r").unlock("c", "p")
                .lock("d", "r").lock("d", "q").unlock("d", "q").unlock("d", "r")
                .lock("a", "s").mightAlloc("a", Gfp.GFP_KERNEL).unlock("a", "s")
                .reclaimBegin("b", Gfp.GFP_KERNEL).lock("b", "s").analyze();
        assertThat(r.cycles()).extracting(CircularDependency::ring)
                .containsExactlyInAnyOrder("p -> q -> p", "fs_reclaim -> s -> fs_reclaim");
    }

    @Test
    void aRunWithoutInversionsIsClean() {
        DependencyReport r = new DepTrace().spawn("a", "b")
                .lock("a", "x").lock("a", "y").unlock("a", "y").unlock("a", "x")
                .lock("b", "x").mightAlloc("b", Gfp.GFP_NOFS).lock("b", "y").analyze();
        assertThat(r.cycles()).isEmpty();
        assertThat(r.usageBugs()).isEmpty();
        assertThat(r.clean()).isTrue();
        assertThat(r.render()).isEmpty();
    }
}
