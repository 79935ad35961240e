package org.reclaimtck.tck.suites.forward;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * S6 with a streaming writer: {@code dd} writes three times the machine's memory to A:/stream, 16 pages a call, faster
 * than background writeback cleans it (a disk of 1 ms a request); balance_dirty_pages throttles it and reclaim frees written folios behind it;
 * {@code cat} reads A:/hot twice meanwhile; {@code dd} ends with {@code sync}.
 */
@TckCase(suite = "forward-progress", id = "s6-streaming-writer",
        rules = {RuleIds.FP_2, RuleIds.FP_3, RuleIds.FP_4, RuleIds.FP_5, RuleIds.FP_6,
                RuleIds.FP_7, RuleIds.FP_8},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.RECLAIM, Capability.BLOCK,
                Capability.FILESYSTEM})
@API(status = API.Status.INTERNAL, since = "0.4.0")
public final class S6StreamingWriterCase extends S6Case {
    static final int CHUNK = 16;

    public S6StreamingWriterCase() {
        super(1000);
    }

    @Override
    public void workload(Kernel kernel) {
        Vfs vfs = kernel.storage().vfs();
        kernel.spawn("dd", () -> {
            OpenFile f = vfs.open("A", "/stream");
            for (long i = 0; i < 3 * StorageStacks.SMALL_MEMORY_PAGES; i += CHUNK) {
                f.writeBuffered(i, CHUNK);
            }
            vfs.sync();
        });
        kernel.spawn("cat", () -> {
            for (int round = 0; round < 2; round++) {
                kernel.storage().superBlock("A").readFile("/hot", 0, 64);
            }
        });
    }
}
