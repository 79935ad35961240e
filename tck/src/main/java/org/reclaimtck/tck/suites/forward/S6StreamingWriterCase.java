package org.reclaimtck.tck.suites.forward;

import org.apiguardian.api.API;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * S6 with a streaming writer: {@code dd} writes three times the machine's memory to A:/stream, 16 pages a call (a
 * 1/1024 of memory on machines over 64 MiB, as {@code dd}'s block size would grow with the machine), faster
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
    /** Pages of one write call on the 4 MiB machine (64 KiB). */
    static final int CHUNK = 16;
    /** On a larger machine a write call moves this share of memory ({@code dd bs=1M} at 1 GiB, 16M at 16 GiB). */
    static final long CHUNKS_PER_MEMORY = 1024;

    public S6StreamingWriterCase() {
        super(1000);
    }

    @Override
    public void workload(Kernel kernel) {
        Vfs vfs = kernel.storage().vfs();
        kernel.spawn("dd", () -> {
            OpenFile f = vfs.open("A", "/stream");
            long memory = kernel.pageAllocator().managedPages();
            int chunk = (int) Math.max(CHUNK, memory / CHUNKS_PER_MEMORY);
            for (long i = 0; i < 3 * memory; i += chunk) {
                f.writeBuffered(i, chunk);
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
