package org.reclaimtck.tck.tmpstats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.ReflectionSupport;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.api.TckCase;

class KswapdStatsTmpTest {
    @Test
    void stats() throws Exception {
        KernelProvider provider = new ReferenceKernelProvider();
        List<Class<?>> cases = ReflectionSupport.findAllClassesInPackage("org.reclaimtck.tck.suites",
                c -> c.isAnnotationPresent(TckCase.class), n -> true);
        String variant = System.getProperty("tmp.variant", "");
        for (Class<?> c : cases) {
            TckCase spec = c.getAnnotation(TckCase.class);
            String id = spec.suite() + "/" + spec.id();
            if (!id.startsWith("forward-progress/s6") && !id.startsWith("shrinker/") && !id.startsWith("deadlock/s1") && !id.startsWith("deadlock/s11")) {
                continue;
            }
            List<Long> runs = new ArrayList<>();
            Map<String, List<Long>> scans = new TreeMap<>();
            List<Long> counts = new ArrayList<>();
            for (long seed = 1; seed <= 20; seed++) {
                KernelCase kc = (KernelCase) c.getConstructor().newInstance();
                MachineSpec.Builder b = MachineSpec.builder();
                kc.machine(b, PartsUnderTest.defaults());
                if (!variant.isEmpty()) {
                    b.variant(variant.substring(0, variant.indexOf(':')), variant.substring(variant.indexOf(':') + 1));
                }
                Kernel k = provider.boot(b.seed(seed).build());
                kc.workload(k);
                RunResult r = k.run();
                Long wake = null;
                Map<String, Long> open = new TreeMap<>();
                for (TraceEvent e : r.trace()) {
                    if (e instanceof TraceEvent.KswapdWake w && wake == null) {
                        wake = w.time();
                    } else if (e instanceof TraceEvent.KswapdSleep s && wake != null) {
                        runs.add(s.time() - wake);
                        wake = null;
                    } else if (e instanceof TraceEvent.ShrinkerCount sc) {
                        counts.add(sc.latencyNanos());
                    } else if (e instanceof TraceEvent.ShrinkerScanBegin sb) {
                        open.put(e.task() + sb.shrinker(), sb.time());
                    } else if (e instanceof TraceEvent.ShrinkerScanEnd se) {
                        Long t0 = open.remove(e.task() + se.shrinker());
                        if (t0 != null) {
                            scans.computeIfAbsent(se.shrinker(), x -> new ArrayList<>()).add(se.time() - t0);
                        }
                    }
                }
            }
            System.out.println("STATS " + id + " kswapd " + q(runs) + " count " + q(counts));
            for (Map.Entry<String, List<Long>> s : scans.entrySet()) {
                System.out.println("STATS " + id + "   scan " + s.getKey() + " " + q(s.getValue()));
            }
        }
    }

    private static String q(List<Long> l) {
        if (l.isEmpty()) {
            return "n=0";
        }
        l.sort(null);
        return "n=" + l.size() + " p50=" + l.get(l.size() / 2) / 1000 + "us p99=" + l.get((int) Math.min(l.size() - 1, Math.ceil(l.size() * 0.99) - 1)) / 1000 + "us max=" + l.get(l.size() - 1) / 1000 + "us";
    }
}
