package org.reclaimtck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs a benchmark's generated JMH harness in-process once (no fork, no warm-up, one 200 ms iteration). */
final class JmhSmoke {
    private JmhSmoke() {
    }

    /** The one result of {@code benchmark} with the parameters {@code params} (name, value, name, value...). */
    static RunResult runOnce(Class<?> benchmark, String... params) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder().include(benchmark.getName());
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        Collection<RunResult> results = new Runner(b.forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200)).verbosity(VerboseMode.SILENT).build()).run();
        assertEquals(1, results.size());
        return results.iterator().next();
    }
}
