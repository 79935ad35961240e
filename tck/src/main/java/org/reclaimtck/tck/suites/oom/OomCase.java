package org.reclaimtck.tck.suites.oom;

import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;

/** A forward-progress case of the OOM killer: a 4 MiB machine with filesystem A on a disk, judged by {@link OomJudge}. */
abstract class OomCase implements KernelCase {
    /** 4 MiB: min watermark 64 pages. */
    static final long MEMORY_PAGES = 1024;

    @Override
    public void machine(MachineSpec.Builder machine) {
        machine.memoryPages(MEMORY_PAGES).hungTaskTimeoutSecs(10)
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100).mkfs("A", "vda", 16, 512).build());
    }

    @Override
    public final void check(CaseRun run) {
        OomJudge.check(run);
    }
}
