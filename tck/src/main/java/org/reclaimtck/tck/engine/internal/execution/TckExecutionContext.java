package org.reclaimtck.tck.engine.internal.execution;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;
import org.reclaimtck.tck.engine.internal.config.Configuration;
import org.reclaimtck.tck.engine.internal.config.SelectedProvider;
import org.reclaimtck.tck.report.ResultCollector;

/** What every node of one execution shares: the listener, the provider, the watchdog runner, the run cache, results. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TckExecutionContext implements EngineExecutionContext {
    private final EngineExecutionListener listener;
    private final ResultCollector results = new ResultCollector();
    private final RunCache cache = new RunCache();
    private final BootFailures bootFailures = new BootFailures();
    private final RootCauses rootCauses = new RootCauses();
    private final PolicyRuns policyRuns = new PolicyRuns();
    private final Map<UniqueId, String> traceHashes = new ConcurrentHashMap<>();
    private Configuration configuration;
    private SelectedProvider provider;
    private GuardedRunner runner;
    private Console console = new Console(false);
    private Progress progress = new Progress(console);

    public TckExecutionContext(EngineExecutionListener listener) {
        this.listener = listener;
    }

    /** Called once by the engine node, after the configuration and the provider are known. */
    public void start(Configuration configuration, SelectedProvider provider) {
        this.configuration = configuration;
        this.provider = provider;
        this.runner = new GuardedRunner(provider.provider(), configuration.timeout(), configuration.variants(),
                configuration.parts(), configuration.memory());
        this.console = new Console(configuration.quiet());
        this.progress = new Progress(console);
    }

    public Console console() {
        return console;
    }

    public Progress progress() {
        return progress;
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

    public BootFailures bootFailures() {
        return bootFailures;
    }

    public RootCauses rootCauses() {
        return rootCauses;
    }

    public PolicyRuns policyRuns() {
        return policyRuns;
    }

    public RunCache cache() {
        return cache;
    }

    public ResultCollector results() {
        return results;
    }

    /** Notes the trace hash of the run a seed node judged, for the certificate. */
    public void traceHash(TestDescriptor node, String hash) {
        if (hash != null) {
            traceHashes.put(node.getUniqueId(), hash);
        }
    }

    /** The trace hash noted for a seed node, removed; null if its run never finished. */
    public String takeTraceHash(TestDescriptor node) {
        return traceHashes.remove(node.getUniqueId());
    }

    /** Publishes a file as a JUnit file entry of {@code node}. */
    public void publishFile(TestDescriptor node, Path file, String mediaType) {
        listener.fileEntryPublished(node, FileEntry.from(file, mediaType));
    }

    /** Publishes key/value pairs as a JUnit report entry of {@code node}. */
    public void publish(TestDescriptor node, Map<String, String> entry) {
        listener.reportingEntryPublished(node, ReportEntry.from(entry));
    }
}
