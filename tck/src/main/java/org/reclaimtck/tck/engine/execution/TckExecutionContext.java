package org.reclaimtck.tck.engine.execution;

import java.util.Map;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;
import org.reclaimtck.tck.engine.config.Configuration;
import org.reclaimtck.tck.engine.config.SelectedProvider;
import org.reclaimtck.tck.report.ResultCollector;

/** What every node of one execution shares: the listener, the provider, the watchdog runner, the run cache, results. */
public final class TckExecutionContext implements EngineExecutionContext {
    private final EngineExecutionListener listener;
    private final ResultCollector results = new ResultCollector();
    private final RunCache cache = new RunCache();
    private Configuration configuration;
    private SelectedProvider provider;
    private GuardedRunner runner;

    public TckExecutionContext(EngineExecutionListener listener) {
        this.listener = listener;
    }

    /** Called once by the engine node, after the configuration and the provider are known. */
    public void start(Configuration configuration, SelectedProvider provider) {
        this.configuration = configuration;
        this.provider = provider;
        this.runner = new GuardedRunner(provider.provider(), configuration.timeout(), configuration.variants());
    }

    public boolean started() {
        return provider != null;
    }

    public Configuration configuration() {
        return configuration;
    }

    public SelectedProvider provider() {
        return provider;
    }

    public GuardedRunner runner() {
        return runner;
    }

    public RunCache cache() {
        return cache;
    }

    public ResultCollector results() {
        return results;
    }

    /** Publishes key/value pairs as a JUnit report entry of {@code node}. */
    public void publish(TestDescriptor node, Map<String, String> entry) {
        listener.reportingEntryPublished(node, ReportEntry.from(entry));
    }
}
