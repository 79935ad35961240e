package org.reclaimtck.tck.oom;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.suites.deadlock.S1SustainedPressureCase;
import org.reclaimtck.tck.suites.deadlock.S3SustainedPressureCase;
import org.reclaimtck.tck.suites.oom.AnonOomCase;
import org.reclaimtck.tck.suites.oom.NofailFromReclaimCase;
import org.reclaimtck.tck.suites.oom.NofsOomCase;
import org.reclaimtck.tck.suites.oom.OomReaperCase;

class ProbeTmpTest {
    static void probe(KernelCase c, String part, String variant, int seeds) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (long s = 1; s <= seeds; s++) {
            KernelCase inst;
            try {
                inst = c.getClass().getDeclaredConstructor().newInstance();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
            MachineSpec.Builder b = MachineSpec.builder();
            inst.machine(b);
            if (part != null) {
                b.variant(part, variant);
            }
            Kernel k = new ReferenceKernelProvider().boot(b.seed(s).build());
            inst.workload(k);
            RunResult r = k.run();
            long kills = r.trace().stream().filter(e -> e instanceof TraceEvent.OomKill).count();
            long warns = r.trace().stream().filter(e -> e instanceof TraceEvent.Warning w && w.kind().startsWith("nofail")).count();
            String key = r.outcome().kind() + " kills=" + kills + " nofailwarn=" + warns;
            kinds.merge(key, 1, Integer::sum);
            if (s == 1 && !r.outcome().kind().name().equals("COMPLETED")) {
                System.out.println(r.outcome().describe());
            }
        }
        System.out.println("PROBE " + c.getClass().getSimpleName() + " " + part + ":" + variant + " " + kinds);
    }

    @Test
    void probeAll() {
        int n = Integer.getInteger("probe.seeds", 10);
        probe(new AnonOomCase(), null, null, n);
        probe(new NofsOomCase(), null, null, n);
        probe(new NofsOomCase(), "oom", "kill-for-nofs", n);
        probe(new OomReaperCase(), null, null, n);
        probe(new OomReaperCase(), "oom", "no-reaper", n);
        probe(new NofailFromReclaimCase(), null, null, n);
        probe(new NofailFromReclaimCase(), "xfs", "nofail-in-reclaim", n);
        probe(new NofailFromReclaimCase(), "xfs", "nofail-high-order", n);
        probe(new S1SustainedPressureCase(), null, null, n);
        probe(new S1SustainedPressureCase(), "oom", "no-oom-killer", n);
        probe(new S3SustainedPressureCase(), null, null, n);
        probe(new S3SustainedPressureCase(), "oom", "no-oom-killer", n);
    }
}
