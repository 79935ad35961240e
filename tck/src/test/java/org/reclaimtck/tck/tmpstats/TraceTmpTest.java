package org.reclaimtck.tck.tmpstats;

import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;

class TraceTmpTest {
    @Test
    void trace() throws Exception {
        KernelCase kc = (KernelCase) Class.forName(System.getProperty("tmp.case")).getConstructor().newInstance();
        MachineSpec.Builder b = MachineSpec.builder();
        kc.machine(b, PartsUnderTest.defaults());
        String variant = System.getProperty("tmp.variant", "");
        if (!variant.isEmpty()) {
            b.variant(variant.substring(0, variant.indexOf(':')), variant.substring(variant.indexOf(':') + 1));
        }
        Kernel k = new ReferenceKernelProvider().boot(b.seed(Long.getLong("tmp.seed", 1)).build());
        kc.workload(k);
        RunResult r = k.run();
        String grep = System.getProperty("tmp.grep", "");
        for (TraceEvent e : r.trace()) {
            String s = e.render();
            if (s.matches(".*(" + grep + ").*")) {
                System.out.println("TRACE " + s);
            }
        }
        System.out.println("TRACE outcome " + r.outcome());
    }
}
