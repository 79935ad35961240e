package org.reclaimtck.tck.suites.forward;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;
import org.reclaimtck.tck.workloads.S9Case;

/**
 * S9, progress from the bio sets' reserves: with every page the fast path gives taken by {@code memhog}, {@code dd0}
 * and {@code dd1} each write 32 sectors {@value #WRITES} times directly to {@code dm-1} on {@code dm-0} on {@code vda}.
 * Every bio of {@code blkdev_dio_pool}, {@code md->bs(dm-1)} and {@code md->bs(dm-0)} then comes from a reserve or
 * waits for a bio that completes and gives its element back: fewer bios in flight, but bios complete in every second
 * (BIO-1), and no allocation needs {@code __GFP_MEMALLOC} (the mempools add {@code __GFP_NOMEMALLOC}). A bio set
 * without a reserve ({@code block:bioset-no-reserve}) waits for pages that never come back.
 */
@TckCase(suite = "forward-progress", id = "s9-bioset-reserve", rules = {RuleIds.BIO_1},
        requires = {Capability.RUNTIME, Capability.PAGE_ALLOCATOR, Capability.BLOCK, Capability.DEVICE_MAPPER,
                Capability.MEMPOOL})
@API(status = API.Status.INTERNAL, since = "0.5.0")
public final class S9BiosetReserveCase extends S9Case {
    static final int WRITES = 4;
    /** BIO-1's window: one second of virtual time. */
    static final long WINDOW_NANOS = 1_000_000_000L;

    public S9BiosetReserveCase() {
        super(2, WRITES);
    }

    @Override
    public void check(CaseRun run) {
        new BioProgressJudge(run.result()).stall(WINDOW_NANOS).ifPresent(s -> {
            throw run.violation(s);
        });
        requireWritesSucceeded(run);
    }
}
