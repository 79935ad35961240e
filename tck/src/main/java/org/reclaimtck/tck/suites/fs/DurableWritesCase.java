package org.reclaimtck.tck.suites.fs;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/** {@code xfs_io} writes 8 blocks then 4 more to A:/data while {@code dd} writes 4 blocks to A:/log, buffered. */
@TckCase(suite = "filesystem", id = "durable-writes", rules = RuleIds.FS_5,
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.BLOCK, Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class DurableWritesCase extends FsCase {
    @Override
    public void workload(Kernel kernel) {
        SuperBlock a = kernel.storage().superBlock("A");
        kernel.spawn("xfs_io", () -> {
            a.writeFile("/data", 0, 8);
            a.writeFile("/data", 100, 4);
        });
        kernel.spawn("dd", () -> a.writeFile("/log", 0, 4));
    }

    @Override
    public void check(CaseRun run) {
        require(run, FsJudge.durableWrites(run.result(), "A"));
    }
}
