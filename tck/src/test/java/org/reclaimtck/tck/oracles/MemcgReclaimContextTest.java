package org.reclaimtck.tck.oracles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.oracles.model.TraceModel;

/**
 * Memcg reclaim of a charge ({@code try_to_free_mem_cgroup_pages}) is a reclaim context as direct reclaim is: a
 * filesystem entered inside it without __GFP_FS is SCOPE-3's finding, named as memcg reclaim of its cgroup.
 */
class MemcgReclaimContextTest {
    private static RecursionScopeOracle.Findings judge(List<TraceEvent> trace) {
        RecursionScopeOracle.Findings f = new RecursionScopeOracle.Findings();
        TraceModel.walk(trace, f);
        return f;
    }

    @Test
    void aFilesystemEnteredInsideNofsMemcgReclaimIsFoundAndNotOnceItEnded() {
        List<TraceEvent> trace = List.of(
                new TraceEvent.TaskSpawned(0, "init", "xfs_io", false),
                new TraceEvent.MemcgReclaimBegin(1, "xfs_io", "/job", Gfp.GFP_NOFS, 0),
                new TraceEvent.FsEnter(2, "xfs_io", "A", "evict_inode"),
                new TraceEvent.MemcgReclaimEnd(3, "xfs_io", "/job", 1),
                new TraceEvent.FsEnter(4, "xfs_io", "A", "write_iter"));

        assertThat(judge(trace).fsEntryWithoutFs).singleElement().asString()
                .contains("xfs_io entered filesystem A (evict_inode) inside memcg reclaim of /job (GFP_NOFS), which"
                        + " lacks __GFP_FS")
                .contains("memcg reclaim of /job (GFP_NOFS) -> A evict_inode");
    }
}
