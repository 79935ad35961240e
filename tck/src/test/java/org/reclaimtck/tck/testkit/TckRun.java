package org.reclaimtck.tck.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.reclaimtck.spi.kernel.KernelProvider;
import org.reclaimtck.tck.engine.ReclaimTckEngine;

/**
 * Runs the reclaim-tck engine in-process with EngineTestKit: explicit parameters only, reports under target/, nothing
 * on the console ({@code reclaimtck.console=quiet}: the tests assert on events, and a green build prints no tables).
 */
public final class TckRun {
    public static final String BUILT_IN = "org.reclaimtck.tck.suites";

    private final Map<String, String> params = new LinkedHashMap<>();
    private final List<DiscoverySelector> selectors = new ArrayList<>();

    private TckRun(String name) {
        params.put("reclaimtck.report.dir", Path.of("target", "tck-selftest", name).toString());
        params.put("reclaimtck.replay.command", "mvn -B verify -Pconformance");
        params.put("reclaimtck.console", "quiet");
    }

    /** A run named {@code name} (its report directory) over the built-in suites unless selectors are given. */
    public static TckRun named(String name) {
        return new TckRun(name);
    }

    public TckRun provider(Class<? extends KernelProvider> type) {
        return param("reclaimtck.provider", type.getName());
    }

    public TckRun param(String key, String value) {
        params.put(key, value);
        return this;
    }

    public TckRun select(DiscoverySelector selector) {
        selectors.add(selector);
        return this;
    }

    public Path reportDir() {
        return Path.of(params.get("reclaimtck.report.dir"));
    }

    public EngineExecutionResults execute() {
        EngineTestKit.Builder b = EngineTestKit.engine(new ReclaimTckEngine())
                .configurationParameters(params)
                .enableImplicitConfigurationParameters(false);
        if (selectors.isEmpty()) {
            b.selectors(selectPackage(BUILT_IN));
        } else {
            b.selectors(selectors.toArray(new DiscoverySelector[0]));
        }
        return b.execute();
    }
}
